using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>Reads a request body into memory, refusing bodies over a cap without reading them whole.</summary>
internal static class RequestBodyReader
{
    /// <summary>
    /// The body, or null when it is larger than <paramref name="maxBytes"/>. The bytes live in a pooled buffer (every
    /// turn reads one body, parses it and drops it: a new array per turn was a tenth of a card turn's allocations), so
    /// the caller disposes the result once it has parsed it.
    /// </summary>
    public static async Task<PooledBody?> ReadCappedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (length == buffer.Length)
                {
                    // A body without a length (chunked) that outgrew the first guess: a larger buffer, still capped.
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new PooledBody(buffer, length);
    }
}

/// <summary>A request body in a buffer borrowed from the shared pool; disposing gives the buffer back.</summary>
internal sealed class PooledBody(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBody))).AsSpan(0, length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } returned)
        {
            ArrayPool<byte>.Shared.Return(returned);
        }
    }
}
