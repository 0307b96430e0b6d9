using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;

namespace TeamsJourney.Documents.Tests.FromDomain;

/// <summary>Groups walked by the real engine, mapped and written: valid files that hold every answer the groups typed.</summary>
public sealed class MappedWorkshopDocumentTests
{
    private static readonly DateOnly On = new(2026, 3, 14);

    private static (IReadOnlyList<ScenarioWalk> Walks, WorkshopReport Report) Mapped()
    {
        var walks = SampleWorkshops.Walks();
        return (walks, WorkshopReportMapper.Map(SampleWorkshops.Workshop(), SampleWorkshops.Sessions(walks), On));
    }

    [Fact]
    public void Mapped_workshop_deck_passes_the_Office_2019_validator() =>
        OpenXmlAssert.Valid(Generate.Deck(Mapped().Report), DocumentKind.Deck);

    [Fact]
    public void Mapped_workshop_report_passes_the_Office_2019_validator() =>
        OpenXmlAssert.Valid(Generate.Report(Mapped().Report), DocumentKind.Report);

    [Fact]
    public void Every_answer_the_groups_typed_is_in_the_deck()
    {
        var (walks, report) = Mapped();
        using var deck = new DeckReader(Generate.Deck(report));
        // A note too long for its card is shortened there and given in full in the slide's speaker notes.
        var text = deck.AllSlideText + string.Concat(deck.Slides.Select(s => s.Notes));

        var missing = walks.SelectMany(w => w.Typed).Where(answer => !text.Contains(answer, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "Missing from the deck:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_answer_the_groups_typed_is_in_the_report()
    {
        var (walks, report) = Mapped();
        using var document = WordprocessingDocument.Open(new MemoryStream(Generate.Report(report)), false);
        var text = string.Join('\n', document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        var missing = walks.SelectMany(w => w.Typed).Where(answer => !text.Contains(answer, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "Missing from the report:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(SampleWorkshops.ScenarioIds), MemberType = typeof(SampleWorkshops))]
    public void Every_built_in_scenario_walked_with_skips_writes_valid_documents(string scenarioId)
    {
        var walk = ScenarioWalk.Walk(ScenarioWalk.Script(scenarioId), "Group S", WalkStyle.SkippingSteps);
        var report = WorkshopReportMapper.Map(SampleWorkshops.Workshop(), [walk.Session], On);

        OpenXmlAssert.Valid(Generate.Deck(report), DocumentKind.Deck);
        OpenXmlAssert.Valid(Generate.Report(report), DocumentKind.Report);
    }
}
