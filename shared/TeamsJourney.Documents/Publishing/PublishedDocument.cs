namespace TeamsJourney.Documents.Publishing;

/// <summary>A document as it was stored.</summary>
/// <param name="FileName">The name it was stored under; differs from the requested one after a rename on conflict or a cleanup of unsafe characters.</param>
/// <param name="Url">Where to open or download it: a SharePoint web URL, or a site-relative <c>/documents/...</c> path for the local folder.</param>
/// <param name="SizeBytes">The stored size in bytes.</param>
/// <param name="ETag">The version tag of the stored file, when the store reports one.</param>
/// <param name="ItemId">The store's id of the file (a drive item id, or the path under the local root).</param>
/// <param name="PdfCopy">The PDF copy stored beside it for people without Office, when one could be made.</param>
public sealed record PublishedDocument(string FileName, string Url, long SizeBytes, string? ETag, string? ItemId, PublishedDocument? PdfCopy = null);
