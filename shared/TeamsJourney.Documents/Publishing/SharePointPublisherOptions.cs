namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// How <see cref="SharePointPublisher"/> reaches Microsoft Graph, bound from <c>Documents:SharePoint</c>. Exactly one
/// credential kind is set: <see cref="ClientSecret"/>, <see cref="CertificatePath"/> or <see cref="UseManagedIdentity"/>.
/// The app needs the Graph application permissions Files.ReadWrite.All (channel files folder) and Sites.ReadWrite.All
/// (upload sessions) granted by an administrator.
/// </summary>
public sealed class SharePointPublisherOptions
{
    /// <summary>The configuration section this binds from.</summary>
    public const string SectionName = "Documents:SharePoint";

    /// <summary>One SharePoint upload fragment unit: Graph requires fragment sizes to be multiples of 320 KiB.</summary>
    public const int FragmentUnitBytes = 320 * 1024;

    /// <summary>Graph refuses a single fragment of 60 MiB or more.</summary>
    public const int MaxChunkSizeBytes = 60 * 1024 * 1024;

    /// <summary>The Entra tenant of the app registration (not needed for managed identity).</summary>
    public string? TenantId { get; set; }

    /// <summary>The app (client) id; with managed identity, the client id of a user-assigned identity (empty = system-assigned).</summary>
    public string? ClientId { get; set; }

    /// <summary>A client secret of the app registration.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to the app's certificate with private key: a PEM file or a PFX/PKCS#12 file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of a protected PFX at <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Use the managed identity of the Azure resource the app runs on.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Graph root including the version, e.g. a national cloud's; tests point it at a local listener.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Size of each upload-session fragment; a multiple of <see cref="FragmentUnitBytes"/> (default 3.125 MiB).</summary>
    public int ChunkSizeBytes { get; set; } = 10 * FragmentUnitBytes;

    /// <summary>Retries of one request answered 429, 503 or 504 (Retry-After is honoured); at most 10.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base back-off in seconds when an answer carries no Retry-After; at most 180.</summary>
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>How often an interrupted upload session is resumed from the server's nextExpectedRanges.</summary>
    public int MaxUploadResumes { get; set; } = 3;

    /// <summary>
    /// Whether each deck and report also gets a PDF copy, made by Graph's own conversion of the uploaded file
    /// (GET /drives/{id}/items/{id}/content?format=pdf) and stored beside it for people without Office.
    /// </summary>
    public bool PdfCopies { get; set; } = true;
}
