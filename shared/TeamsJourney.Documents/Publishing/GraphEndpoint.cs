namespace TeamsJourney.Documents.Publishing;

/// <summary>The Graph root the publisher talks to: the token scope and allowed host follow from it, and the drive paths hang off it.</summary>
internal sealed record GraphEndpoint
{
    public GraphEndpoint(string graphBaseUrl)
    {
        var uri = new Uri(graphBaseUrl.TrimEnd('/'), UriKind.Absolute);
        BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Host = uri.Host;

        // A national cloud's Graph uses its own resource, e.g. https://graph.microsoft.us/.default.
        Scope = $"{uri.GetLeftPart(UriPartial.Authority)}/.default";
    }

    public string BaseUrl { get; }

    /// <summary>The only host that ever receives the bearer token.</summary>
    public string Host { get; }

    public string Scope { get; }

    /// <summary>PUT target of a simple upload, replacing the previous file of that name (SharePoint keeps it as a version).</summary>
    public string ContentUrl(DriveFolder folder, string fileName) =>
        $"{ItemPath(folder, fileName)}/content?@microsoft.graph.conflictBehavior=replace";

    /// <summary>POST target creating an upload session for a new file in <paramref name="folder"/>.</summary>
    public string CreateUploadSessionUrl(DriveFolder folder, string fileName) =>
        $"{ItemPath(folder, fileName)}/createUploadSession";

    /// <summary>GET target of Graph's conversion of a stored item to PDF (documented as <c>?format=pdf</c>).</summary>
    public string PdfUrl(string driveId, string itemId) =>
        $"{BaseUrl}/drives/{Uri.EscapeDataString(driveId)}/items/{Uri.EscapeDataString(itemId)}/content?format=pdf";

    // Graph addresses a child by path as items/{parent-id}:/{name}: - each part escaped on its own.
    private string ItemPath(DriveFolder folder, string fileName) =>
        $"{BaseUrl}/drives/{Uri.EscapeDataString(folder.DriveId)}/items/{Uri.EscapeDataString(folder.ItemId)}:/{Uri.EscapeDataString(fileName)}:";
}
