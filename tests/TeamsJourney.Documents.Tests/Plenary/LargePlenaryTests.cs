using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Tests.Pptx;

namespace TeamsJourney.Documents.Tests.Plenary;

/// <summary>
/// A second half at the edges: ten groups with long names, 9,900-character notes and cluster names, long plans and
/// changes. The files stay valid and the workshop-level part stays a handful of slides: long text is shortened on
/// the slides (in full in the notes and the report), never poured over dozens of slides.
/// </summary>
public sealed class LargePlenaryTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("A resident waits for the crew and calls again. ", 220))[..9_900];

    [Fact]
    public void Ten_groups_and_9900_character_entries_give_valid_files_and_a_bounded_deck()
    {
        var plain = Reports.Workshop();
        var report = plain with { Plenary = Plenary(plain) };

        var deckFile = Generate.Deck(report);
        OpenXmlAssert.Valid(deckFile, DocumentKind.Deck);
        OpenXmlAssert.Valid(Generate.Report(report), DocumentKind.Report);
        using var deck = new DeckReader(deckFile);
        using var without = new DeckReader(Generate.Deck(plain));
        var added = deck.Slides.Count - without.Slides.Count;
        Assert.InRange(added, 8, 20);
        Assert.Contains(deck.Slides, s => s.Title?.StartsWith("What changed since", StringComparison.Ordinal) == true);
    }

    private static WorkshopPlenary Plenary(WorkshopReport plain)
    {
        var groups = Enumerable.Range(1, 10).Select(i => $"Group {i} with a very long name that keeps going and going {new string('x', 60)}").ToList();
        var stages = plain.Groups[0].Stages.Select((s, n) => new PlenaryStage(
            s.Name,
            [.. groups.Select((_, g) => (double?)(((g + n) % 5) - 2))],
            new EvidenceCount(n, 10, 2),
            [.. groups.Select((_, g) => new EvidenceCount(g % 3, 1, 0))])).ToList();
        var clusters = stages.SelectMany((_, n) => new[]
        {
            new PlenaryCluster(Long, n, Lane.PainPoint, [.. groups.Select((g, i) => new ClusterNote(g, "Ann", Long, i % 2 == 0 ? new Evidence(EvidenceKind.Fact, Long) : null))]),
            new PlenaryCluster("Short opportunity", n, Lane.Opportunity, [new ClusterNote(groups[0], null, "Short opportunity", Evidence.UnsourcedAssumption)]),
        }).ToList();
        var initiatives = Enumerable.Range(1, 12).Select(i => new PlenaryInitiative(
            i == 1 ? Long : $"Initiative {i}", Long, groups, i, (i % 5) + 1, ((i + 2) % 5) + 1,
            i <= 4 ? PlanStatus.Agreed : PlanStatus.Proposed,
            i <= 4 ? new ActionPlan(Long, new DateOnly(2027, 1, i), Long) : null,
            [Long, "Short pain point"])).ToList();
        var changes = new VersionChanges(
            "Round 1",
            new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero),
            [.. Enumerable.Range(0, 30).Select(i => new NoteChange(NoteChangeKind.Changed, groups[i % 10], stages[0].Name, Lane.PainPoint, Long, null, new NoteBefore(stages[1].Name, Lane.Thought, Long, Evidence.UnsourcedAssumption)))],
            [new EmotionMove(stages[0].Name, -1.5, 0.5)],
            [new StatusMove(Long, PlanStatus.Agreed, PlanStatus.Done), new StatusMove("New one", null, PlanStatus.Proposed)]);
        return new WorkshopPlenary(groups, stages, clusters, initiatives, changes, HasActivity: true);
    }
}
