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

    /// <summary>
    /// Whether the local folder publisher stores a PDF copy beside each deck and report. It only does when
    /// <see cref="LibreOfficePath"/> is installed; without it documents are published alone.
    /// </summary>
    public bool PdfCopies { get; set; } = true;

    /// <summary>The LibreOffice executable: a bare name looked up on the PATH, or a full path.</summary>
    public string LibreOfficePath { get; set; } = "soffice";

    /// <summary>Longest a PDF conversion may take before it is given up (the document itself is kept).</summary>
    public int PdfTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Key of the download links signed for local documents (base64, at least 32 bytes). Empty: a random key is
    /// created in the documents folder on first use and shared by every instance serving that folder.
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a signed download link works, in minutes (default 30).</summary>
    public int LinkLifetimeMinutes { get; set; } = 30;

    /// <summary>Local documents older than this many days are deleted (default 90; 0 keeps them forever).</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Shortest time between two generations of one workshop's documents, in seconds (default 30).</summary>
    public int MinimumRegenerationSeconds { get; set; } = 30;
}
