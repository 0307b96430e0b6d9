namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// The content stream of one publish call, disposed only when the publisher opened it itself. Uploads that resume
/// or retry must re-read bytes, so <see cref="ToSeekableAsync"/> spools anything that cannot seek to a temp file.
/// </summary>
internal sealed class DocumentContent(Stream stream, bool ownsStream) : IAsyncDisposable
{
    public Stream Stream { get; } = stream;

    /// <summary>
    /// A stream positioned at 0 whose length is the document's length. The caller's stream is used as is when it
    /// already is one; otherwise the bytes are copied to a temp file deleted on close.
    /// </summary>
    public async Task<DocumentContent> ToSeekableAsync(CancellationToken ct)
    {
        if (Stream.CanSeek && Stream.Position == 0)
        {
            return new DocumentContent(Stream, ownsStream: false);
        }

        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"teamsjourney-publish-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await Stream.CopyToAsync(spool, ct);
            spool.Position = 0;
            return new DocumentContent(spool, ownsStream: true);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsStream)
        {
            await Stream.DisposeAsync();
        }
    }
}
