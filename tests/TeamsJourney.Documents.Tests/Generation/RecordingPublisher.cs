using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Generation;

/// <summary>Keeps a copy of every document's bytes on its way to <paramref name="inner"/>, keyed by the name it was stored under.</summary>
internal sealed class RecordingPublisher(IDocumentPublisher inner) : IDocumentPublisher
{
    private readonly Dictionary<string, byte[]> _sent = [];

    public IReadOnlyDictionary<string, byte[]> Sent => _sent;

    public async Task<PublishedDocument> PublishAsync(DocumentToPublish document, CancellationToken ct = default)
    {
        byte[] bytes;
        await using (var content = document.OpenContent())
        {
            using var copy = new MemoryStream();
            await content.Stream.CopyToAsync(copy, ct);
            bytes = copy.ToArray();
        }

        var published = await inner.PublishAsync(
            new DocumentToPublish(document.FileName, document.ContentType, new MemoryStream(bytes), document.Destination), ct);
        _sent[published.FileName] = bytes;
        return published;
    }
}
