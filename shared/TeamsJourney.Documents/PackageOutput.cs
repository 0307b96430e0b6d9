namespace TeamsJourney.Documents;

/// <summary>
/// OPC packages need a seekable, readable stream while they are written. Callers often hand us a response or
/// upload stream that is neither, so those get a buffer that is copied over at the end.
/// </summary>
internal static class PackageOutput
{
    public static void Write(Stream output, Action<Stream> writePackage)
    {
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        if (output.CanSeek && output.CanRead && output.Length == 0)
        {
            writePackage(output);
            return;
        }

        using var buffer = new MemoryStream();
        writePackage(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
