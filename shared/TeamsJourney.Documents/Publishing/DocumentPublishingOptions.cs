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
}
