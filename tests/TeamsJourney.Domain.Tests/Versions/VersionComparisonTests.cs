using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using static TeamsJourney.Domain.Tests.Consolidation.WorkshopMaps;

namespace TeamsJourney.Domain.Tests.Versions;

public sealed class VersionComparisonTests
{
    private static readonly DateTimeOffset March14 = new(2027, 3, 14, 16, 0, 0, TimeSpan.Zero);

    private static readonly GroupMap TableA = Group(
        "a",
        ("a1", "report", Lane.PainPoint, "Online form times out", EvidenceKind.Assumption),
        ("a2", "wait", Lane.PainPoint, "No update after reporting", null),
        ("a3", "wait", Lane.CustomerAction, "Phones the contact centre", null)) is var g
        ? g with { Map = g.Map.ScoreEmotion("report", -2).ProposeInitiative("ia", "Autosave", null, ["a1"], "u", "U") }
        : g;

    private static WorkshopVersion Freeze(string name, params GroupMap[] groups) =>
        Freeze(name, [], groups);

    private static WorkshopVersion Freeze(string name, PlanChange[] changes, params GroupMap[] groups) =>
        WorkshopVersion.Freeze(name, March14, WorkshopConsolidation.Build(groups), InitiativePool.Build(groups, changes));

    [Fact]
    public void The_same_workshop_frozen_twice_has_no_changes()
    {
        Assert.True(VersionComparison.Between(Freeze("v1", TableA), Freeze("now", TableA)).IsEmpty);
    }

    [Fact]
    public void Added_removed_and_changed_notes_are_listed_exactly()
    {
        var round2 = TableA with
        {
            Map = TableA.Map
                .EditItemText("a1", "Online form times out after 10 minutes")
                .SetEvidence("a2", new Evidence(EvidenceKind.Fact, "Contact centre log"))
                .MoveItem("a3", "report", Lane.CustomerAction)
                .DeleteItem("a2")
                .AddItem("a4", "collected", Lane.Thought, "Relieved", "u", "U"),
        };

        var comparison = VersionComparison.Between(Freeze("v1", TableA), Freeze("now", round2));

        Assert.Equal(["a4"], comparison.Added.Select(i => i.Ref.ItemId));
        Assert.Equal(["a2"], comparison.Removed.Select(i => i.Ref.ItemId));
        // In map order: stage by stage, lane by lane.
        Assert.Equal([("a3", ItemChangeKind.Place), ("a1", ItemChangeKind.Text)], comparison.Changed.Select(c => (c.After.Ref.ItemId, c.Kind)));
    }

    [Fact]
    public void Evidence_marks_count_as_changes()
    {
        var marked = TableA with { Map = TableA.Map.SetEvidence("a1", new Evidence(EvidenceKind.Fact, "Web analytics")) };

        var change = Assert.Single(VersionComparison.Between(Freeze("v1", TableA), Freeze("now", marked)).Changed);

        Assert.Equal(ItemChangeKind.Evidence, change.Kind);
    }

    [Fact]
    public void Emotion_moves_per_stage_are_listed()
    {
        var happier = TableA with { Map = TableA.Map.ScoreEmotion("report", 1).ScoreEmotion("wait", 0) };

        var moves = VersionComparison.Between(Freeze("v1", TableA), Freeze("now", happier)).EmotionChanges;

        Assert.Equal([("report", -2.0, 1.0), ("wait", (double?)null, 0.0)], moves.Select(m => (m.Stage.Id, m.Before, m.After!.Value)));
        Assert.Equal(3, moves[0].Delta);
    }

    [Fact]
    public void Initiative_status_changes_are_listed_and_merges_are_not()
    {
        var agree = new AgreeInitiative(new InitiativeRef("a", "ia"), "Digital team", new DateOnly(2027, 4, 1), null);

        var comparison = VersionComparison.Between(Freeze("v1", TableA), Freeze("now", [agree], TableA));

        var change = Assert.Single(comparison.InitiativeChanges);
        Assert.Equal(("Autosave", InitiativeStatus.Proposed, InitiativeStatus.Agreed), (change.Title, change.Before!.Value, change.After!.Value));
    }
}
