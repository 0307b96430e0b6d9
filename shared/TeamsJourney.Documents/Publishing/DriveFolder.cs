namespace TeamsJourney.Documents.Publishing;

/// <summary>A folder in a SharePoint document library: the drive and the folder's item id.</summary>
internal sealed record DriveFolder(string DriveId, string ItemId);
