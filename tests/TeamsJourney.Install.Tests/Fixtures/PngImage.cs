using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TeamsJourney.Install.Tests.Fixtures;

/// <summary>
/// A PNG read the way an image checker does: the IHDR header (size, bit depth, colour type) and, for 8-bit RGBA
/// images, the pixels (IDAT inflated and every row unfiltered: None, Sub, Up, Average, Paeth).
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colourType, byte[] pixels)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColourType = colourType;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>6 = RGBA (truecolour with alpha).</summary>
    public byte ColourType { get; }

    /// <summary>RGBA bytes, row by row (empty unless the image is 8-bit RGBA).</summary>
    public byte[] Pixels { get; }

    public bool IsRgba8 => BitDepth == 8 && ColourType == 6;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var at = ((y * Width) + x) * 4;
            return (Pixels[at], Pixels[at + 1], Pixels[at + 2], Pixels[at + 3]);
        }
    }

    public static PngImage Read(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Signature), "not a PNG: the signature is missing");
        int width = 0, height = 0;
        byte bitDepth = 0, colourType = 0;
        using var data = new MemoryStream();
        for (var offset = Signature.Length; offset + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var body = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                bitDepth = body[8];
                colourType = body[9];
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            offset += 12 + length;
        }

        var pixels = bitDepth == 8 && colourType == 6 ? Unfilter(Inflate(data.ToArray()), width, height) : [];
        return new PngImage(width, height, bitDepth, colourType, pixels);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int Bpp = 4;
        var stride = width * Bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= Bpp ? row[i - Bpp] : 0, up = above[i], upLeft = i >= Bpp ? above[i - Bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} on row {y}"),
                };
                row[i] = (byte)(source[i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
