using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Bot.Tests.Cards;
using TeamsJourney.Documents.Docx;
using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Documents.Pptx;
using TeamsJourney.Domain.Workshops;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsJourney.Bot.Tests.Lanes;

/// <summary>
/// The row headings the deck and the report print for a group that walked the whole missed-bin scenario (so every
/// lane has items), generated once for all the lane tests.
/// </summary>
public sealed class PrintedLaneLabels
{
    public PrintedLaneLabels()
    {
        var workshop = Workshop.Create("ws-lanes", "Missed bins review", new TeamsLocation("tenant-1"), ["Find the gaps"], ["Waste services team"]);
        var report = WorkshopReportMapper.Map(workshop, [ScenarioWalk.ToTheEnd(ScenarioWalk.Script("missed-bin-collection")).Session], new DateOnly(2026, 3, 14));

        using var deck = new MemoryStream();
        new JourneyDeck().Write(report, deck);
        deck.Position = 0;
        (DeckJourneyRows, DeckBlueprintRows) = ReadDeck(deck);

        using var document = new MemoryStream();
        new JourneyReport().Write(report, document);
        document.Position = 0;
        ReportTableHeaders = ReadReport(document);
    }

    /// <summary>Row labels down the left of the first journey map slide, below the stage headers.</summary>
    public IReadOnlyList<string> DeckJourneyRows { get; }

    /// <summary>Row labels (lanes and the lines between them) down the left of the first blueprint slide.</summary>
    public IReadOnlyList<string> DeckBlueprintRows { get; }

    /// <summary>The header row of every table in the report.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReportTableHeaders { get; }

    private static (List<string> Journey, List<string> Blueprint) ReadDeck(Stream stream)
    {
        using var deck = PresentationDocument.Open(stream, isEditable: false);
        var presentation = deck.PresentationPart!;
        var slides = presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!))
            .Select(part => (Title: TitleOf(part), Rows: FirstColumn(part)))
            .ToList();
        return (
            slides.First(s => s.Title.StartsWith("Journey map:", StringComparison.Ordinal)).Rows,
            slides.First(s => s.Title.StartsWith("Service blueprint:", StringComparison.Ordinal)).Rows);
    }

    private static string TitleOf(SlidePart part) =>
        part.Slide.Descendants<P.Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
                is { } type && (type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle))
            ?.TextBody?.InnerText ?? string.Empty;

    // The deck draws the map as shapes, like the tab: each lane's label shape and each blueprint line's label, in
    // the order they are drawn (top to bottom), are the rows a reader sees down the left edge.
    private static List<string> FirstColumn(SlidePart part) =>
        [.. part.Slide.Descendants<P.Shape>()
            .Select(s => (Name: s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, Text: s.TextBody?.InnerText ?? string.Empty))
            .Where(s => s.Name.StartsWith("Lane ", StringComparison.Ordinal) || (s.Name.StartsWith("Line of ", StringComparison.Ordinal) && s.Name.EndsWith(" label", StringComparison.Ordinal)))
            .Select(s => s.Text)];

    private static List<IReadOnlyList<string>> ReadReport(Stream stream)
    {
        using var report = WordprocessingDocument.Open(stream, isEditable: false);
        return
        [
            .. report.MainDocumentPart!.Document.Body!.Descendants<W.Table>()
                .Select(t => (IReadOnlyList<string>)[.. t.Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText)]),
        ];
    }
}
