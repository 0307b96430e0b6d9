using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;

namespace TeamsJourney.Documents.Tests.Plenary;

/// <summary>
/// The deck and report of a workshop with a second half open with the workshop-level story (consolidated map,
/// emotion across groups, top pain points with provenance, evidence by stage, the initiative matrix and action plan),
/// then what changed since the frozen version, then each group's own work as detail.
/// </summary>
public sealed class PlenaryDocumentsTests
{
    private static readonly Lazy<(byte[] Deck, byte[] Report)> ThreeGroups = new(() =>
    {
        var report = PlenaryWorkshops.ThreeGroups().Report;
        return (Generate.Deck(report), Generate.Report(report));
    });

    private static string ChangesTitle => $"What changed since “{PlenaryWorkshops.VersionName}”";

    [Fact]
    public void Deck_and_report_of_a_three_group_workshop_with_a_second_half_pass_the_validator()
    {
        OpenXmlAssert.Valid(ThreeGroups.Value.Deck, DocumentKind.Deck);
        OpenXmlAssert.Valid(ThreeGroups.Value.Report, DocumentKind.Report);
    }

    [Fact]
    public void Deck_opens_with_the_workshop_story_then_the_changes_then_each_group()
    {
        using var deck = new DeckReader(ThreeGroups.Value.Deck);
        var titles = deck.Slides.Select(s => s.Title ?? string.Empty).ToList();
        int Index(string start) => titles.FindIndex(t => t.StartsWith(start, StringComparison.Ordinal));

        var order = new[]
        {
            "Summary", "Consolidated journey map: all 3 groups", "Consolidated service blueprint: all 3 groups", "Emotion across groups",
            "Top pain points across groups", "Evidence strength by stage", "Initiatives across groups", "Action plan: 3 agreed initiatives",
            ChangesTitle, "Group by group", "Journey map: Group A", "Appendix",
        }.Select(t => (t, Index(t))).ToList();
        Assert.DoesNotContain(order, o => o.Item2 < 0);
        Assert.Equal(order.Select(o => o.Item2).Order(), order.Select(o => o.Item2));
    }

    [Fact]
    public void Deck_shows_provenance_the_plan_and_exactly_the_changes()
    {
        using var deck = new DeckReader(ThreeGroups.Value.Deck);
        string Text(string title) => string.Join('\n', deck.Slides.Where(s => s.Title?.StartsWith(title, StringComparison.Ordinal) == true).Select(s => s.Text));

        var map = Text("Consolidated journey map");
        Assert.Contains("The online form times out", map, StringComparison.Ordinal);
        // The merged cluster keeps groups A and B (and A's and B's similar notes the suggestion put with them); the split-out note of group C stands alone.
        Assert.Contains("3 groups The online form times out", map, StringComparison.Ordinal);
        Assert.Contains("1 group Group C journey.notice.painPoint first", map, StringComparison.Ordinal);
        var pains = Text("Top pain points across groups");
        Assert.Contains("The online form times out", pains, StringComparison.Ordinal);
        Assert.Contains("Group A ·", pains, StringComparison.Ordinal);
        Assert.Contains("Group B ·", pains, StringComparison.Ordinal);
        Assert.Contains("Fact (Complaints log 2025)", pains, StringComparison.Ordinal);
        var plan = Text("Action plan");
        foreach (var owner in PlenaryWorkshops.Owners)
        {
            Assert.Contains(owner, plan, StringComparison.Ordinal);
        }

        Assert.Contains("31 Mar 2027", plan, StringComparison.Ordinal);
        Assert.Contains("In progress", plan, StringComparison.Ordinal);
        Assert.Contains("The online form times out", plan, StringComparison.Ordinal);
        var changes = Text(ChangesTitle);
        Assert.Contains("1 note added, 1 removed, 3 changed; 1 initiative changed status.", changes, StringComparison.Ordinal);
        Assert.Contains(PlenaryWorkshops.EditedText, changes, StringComparison.Ordinal);
        Assert.Contains(PlenaryWorkshops.AddedText, changes, StringComparison.Ordinal);
        Assert.Contains("Note changed: evidence", changes, StringComparison.Ordinal);
        Assert.Contains("Note changed: place", changes, StringComparison.Ordinal);
        Assert.Contains("Initiative status", changes, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_opens_with_the_workshop_as_a_whole_and_what_changed_before_the_groups()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(ThreeGroups.Value.Report), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var chapters = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        var text = body.InnerText;

        Assert.Equal(["Executive summary", "The workshop as a whole", ChangesTitle, "Personas", "Group by group: journeys and blueprints"], chapters.Take(5));
        foreach (var expected in new[] { "Consolidated journey map", "Emotion across groups", "Top pain points across groups", "Evidence strength by stage", "Action plan", "Where every cluster comes from", PlenaryWorkshops.EditedText, PlenaryWorkshops.AddedText, "Complaints log 2025", "Digital team" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_note_of_every_group_is_in_exactly_one_cluster_with_its_group()
    {
        var (report, facts, _) = PlenaryWorkshops.ThreeGroups();
        var plenary = report.Plenary!;

        var notes = plenary.Clusters.SelectMany(c => c.Notes).ToList();
        Assert.Equal(facts.Consolidation.Groups.Sum(g => g.Map.Items.Count), notes.Count);
        foreach (var group in facts.Consolidation.Groups)
        {
            Assert.Equal(group.Map.Items.Select(i => i.Text).Order(), notes.Where(n => n.Group == group.GroupName).Select(n => n.Text).Order());
        }

        Assert.Equal(3, plenary.Initiatives.Count(i => i.Plan is not null));
    }

    [Fact]
    public void A_single_group_workshop_is_that_groups_documents_with_no_workshop_sections()
    {
        var (withPlenary, without) = PlenaryWorkshops.OneGroup();

        using var deck = new DeckReader(Generate.Deck(withPlenary));
        using var plain = new DeckReader(Generate.Deck(without));

        Assert.Equal(plain.Slides.Select(s => s.Title), deck.Slides.Select(s => s.Title));
        using var report = WordprocessingDocument.Open(new MemoryStream(Generate.Report(withPlenary)), false);
        Assert.DoesNotContain("The workshop as a whole", report.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_untouched_groups_get_the_consolidated_map_but_no_vote_plan_or_changes()
    {
        var report = PlenaryWorkshops.TwoGroupsUntouched();

        var file = Generate.Deck(report);
        OpenXmlAssert.Valid(file, DocumentKind.Deck);
        using var deck = new DeckReader(file);
        var titles = deck.Slides.Select(s => s.Title ?? string.Empty).ToList();
        Assert.Contains(titles, t => t.StartsWith("Consolidated journey map", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Initiatives across groups", StringComparison.Ordinal) || t.StartsWith("Action plan", StringComparison.Ordinal) || t.StartsWith("What changed", StringComparison.Ordinal));
        OpenXmlAssert.Valid(Generate.Report(report), DocumentKind.Report);
    }
}

