namespace TeamsJourney.Documents.Publishing;

/// <summary>The <c>Documents</c> configuration section: which publisher, and where the local folder is.</summary>
public sealed class DocumentPublishingOptions
{
    /// <summary>The configuration section this binds from.</summary>
    public const string SectionName = "Documents";

    /// <summary><c>LocalFolder</c> (default) or <c>SharePoint</c> (configured under <c>Documents:SharePoint</c>).</summary>
    public DocumentPublisherKind Publisher { get; set; } = DocumentPublisherKind.LocalFolder;

    /// <summary>Root of the local documents folder; a relative path is taken from the host's content root.</summary>
    public string LocalFolder { get; set; } = Path.Combine("data", "documents");
}
