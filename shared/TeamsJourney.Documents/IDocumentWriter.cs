using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents;

/// <summary>Writes one kind of document for a workshop.</summary>
public interface IDocumentWriter
{
    /// <summary>MIME type of what <see cref="Write"/> produces.</summary>
    string ContentType { get; }

    /// <summary>File extension including the dot, e.g. ".pptx".</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes the document for <paramref name="report"/> to <paramref name="output"/> (left open).
    /// Throws <see cref="Preparation.InvalidWorkshopReportException"/> before writing anything when the report is invalid.
    /// </summary>
    void Write(WorkshopReport report, Stream output);
}
