namespace TeamsJourney.Documents.Publishing;

/// <summary>Where generated documents go, chosen by <c>Documents:Publisher</c>.</summary>
public enum DocumentPublisherKind
{
    /// <summary>A folder on the host's disk, served by the host (the embedded default).</summary>
    LocalFolder,

    /// <summary>The Files tab (SharePoint library) of the workshop's Teams channel, through Microsoft Graph.</summary>
    SharePoint,
}
