using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Pptx;

/// <summary>What the groups did not do (rate an initiative, record evidence) is shown as such, never guessed.</summary>
public sealed class HonestGapsDeckTests
{
    private const string Unrated = "Unrated idea: bin stickers";
    private const string Unsourced = "Crew could not reach the bin store";

    private static WorkshopReport WithGaps()
    {
        var report = Reports.Small();
        var group = report.Groups[0];
        var item = group.Items[0] with { Id = "gap-1", Text = Unsourced, Evidence = null };
        var initiative = new Initiative(Unrated, "Stickers explaining what went wrong.", [], 9, null, null);
        return report with { Groups = [group with { Items = [.. group.Items, item], Initiatives = [.. group.Initiatives, initiative] }] };
    }

    [Fact]
    public void Unrated_initiative_is_ranked_by_votes_and_says_it_is_not_yet_rated()
    {
        using var deck = new DeckReader(Generate.Deck(WithGaps()));
        var ranking = deck.Slides.Single(s => s.Title!.StartsWith("Initiative details", StringComparison.Ordinal)).Text;

        Assert.Contains($"1. {Unrated}", ranking, StringComparison.Ordinal);
        Assert.Contains("impact and effort not yet rated", ranking, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrated_initiative_sits_in_a_not_yet_rated_box_outside_the_quadrants()
    {
        using var deck = new DeckReader(Generate.Deck(WithGaps()));
        var slide = deck.Slides.Single(s => s.Title!.StartsWith("Initiatives and action plan", StringComparison.Ordinal)).Part.Slide;
        var matrix = slide.Descendants<DocumentFormat.OpenXml.Presentation.GroupShape>()
            .Single(g => g.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!.Name == "Impact and effort matrix");
        var chips = matrix.Descendants<DocumentFormat.OpenXml.Presentation.Shape>().Select(s => s.TextBody?.InnerText).ToList();
        var note = slide.Descendants<DocumentFormat.OpenXml.Presentation.Shape>().Single(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name == "Not yet rated").TextBody!.InnerText;

        // The unrated initiative ranks first by votes: its number is listed under the matrix and has no chip on it.
        Assert.Contains("kept off the matrix: 1", note, StringComparison.Ordinal);
        Assert.DoesNotContain("1", chips);
    }

    [Fact]
    public void Matrix_of_a_group_whose_initiatives_are_all_rated_has_no_unrated_box()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Small()));
        var matrix = deck.Slides.Single(s => s.Title!.StartsWith("Initiatives and action plan", StringComparison.Ordinal));

        Assert.DoesNotContain("kept off the matrix", matrix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_without_evidence_is_listed_as_not_recorded_and_not_as_fact_or_assumption()
    {
        using var deck = new DeckReader(Generate.Deck(WithGaps()));
        var appendix = string.Join(' ', deck.Slides.Where(s => s.Title!.StartsWith("Appendix: evidence", StringComparison.Ordinal)).Select(s => s.Text));
        var notRecorded = appendix.IndexOf("Evidence not recorded (", StringComparison.Ordinal);

        Assert.True(notRecorded >= 0, appendix);
        Assert.True(appendix.IndexOf(Unsourced, StringComparison.Ordinal) > notRecorded, "The item is listed before the not recorded section.");
        Assert.Contains($"{Unsourced} (not recorded as fact or assumption;", appendix, StringComparison.Ordinal);
    }

    [Fact]
    public void Deck_with_unrated_initiatives_and_unrecorded_evidence_is_valid() =>
        OpenXmlAssert.Valid(Generate.Deck(WithGaps()), DocumentKind.Deck);
}
