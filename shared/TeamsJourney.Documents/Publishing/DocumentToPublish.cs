namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// A generated document on its way to a publisher. The content is either a stream the caller keeps owning (it is
/// read from its current position and left open) or a factory whose stream the publisher opens and disposes.
/// </summary>
public sealed class DocumentToPublish
{
    private readonly Stream? _content;
    private readonly Func<Stream>? _openContent;

    /// <summary>A document whose content the caller owns; it is read from its current position and not disposed.</summary>
    public DocumentToPublish(string fileName, string contentType, Stream content, PublishDestination destination)
        : this(fileName, contentType, destination)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The document content must be a readable stream.", nameof(content));
        }

        _content = content;
    }

    /// <summary>A document whose content is opened on demand; the publisher disposes each stream it opens.</summary>
    public DocumentToPublish(string fileName, string contentType, Func<Stream> openContent, PublishDestination destination)
        : this(fileName, contentType, destination)
    {
        ArgumentNullException.ThrowIfNull(openContent);
        _openContent = openContent;
    }

    private DocumentToPublish(string fileName, string contentType, PublishDestination destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(destination);
        FileName = fileName;
        ContentType = contentType;
        Destination = destination;
    }

    /// <summary>The requested file name; publishers clean it up before storing (see <see cref="PublishedDocument.FileName"/>).</summary>
    public string FileName { get; }

    /// <summary>MIME type, e.g. <c>application/vnd.openxmlformats-officedocument.presentationml.presentation</c>.</summary>
    public string ContentType { get; }

    /// <summary>Where the document belongs.</summary>
    public PublishDestination Destination { get; }

    internal DocumentContent OpenContent()
    {
        if (_content is not null)
        {
            return new DocumentContent(_content, ownsStream: false);
        }

        var opened = _openContent!() ?? throw new InvalidOperationException(
            $"The content factory of '{FileName}' returned no stream.");
        if (!opened.CanRead)
        {
            opened.Dispose();
            throw new InvalidOperationException($"The content factory of '{FileName}' returned a stream that cannot be read.");
        }

        return new DocumentContent(opened, ownsStream: true);
    }
}
