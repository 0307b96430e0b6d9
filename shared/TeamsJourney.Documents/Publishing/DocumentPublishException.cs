namespace TeamsJourney.Documents.Publishing;

/// <summary>A document could not be published; the message says why in words a facilitator can act on.</summary>
public sealed class DocumentPublishException : Exception
{
    public DocumentPublishException()
    {
    }

    public DocumentPublishException(string message)
        : base(message)
    {
    }

    public DocumentPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status the store answered with, when the failure came from one.</summary>
    public int? StatusCode { get; init; }
}
