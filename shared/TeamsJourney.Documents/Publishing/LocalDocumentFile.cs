namespace TeamsJourney.Documents.Publishing;

/// <summary>A file the local folder publisher stored: whose it is and where it lies.</summary>
/// <param name="WorkshopId">The workshop the document was generated for (whose team may download it).</param>
/// <param name="PhysicalPath">The absolute path of the file, inside the publisher's root.</param>
/// <param name="LastWrittenUtc">When it was (re)generated.</param>
public sealed record LocalDocumentFile(string WorkshopId, string PhysicalPath, DateTime LastWrittenUtc);
