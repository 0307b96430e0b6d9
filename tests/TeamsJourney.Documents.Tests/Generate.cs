using TeamsJourney.Documents.Docx;
using TeamsJourney.Documents.Pptx;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Tests;

/// <summary>Runs a writer into memory.</summary>
internal static class Generate
{
    public static IDocumentWriter Writer(DocumentKind kind) => kind switch
    {
        DocumentKind.Deck => new JourneyDeck(),
        DocumentKind.Report => new JourneyReport(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static byte[] Document(DocumentKind kind, WorkshopReport report)
    {
        using var output = new MemoryStream();
        Writer(kind).Write(report, output);
        return output.ToArray();
    }

    public static byte[] Deck(WorkshopReport report) => Document(DocumentKind.Deck, report);

    public static byte[] Report(WorkshopReport report) => Document(DocumentKind.Report, report);
}
