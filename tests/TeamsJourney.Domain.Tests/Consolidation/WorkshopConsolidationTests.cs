using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using static TeamsJourney.Domain.Tests.Consolidation.WorkshopMaps;

namespace TeamsJourney.Domain.Tests.Consolidation;

public sealed class WorkshopConsolidationTests
{
    private static readonly GroupMap TableA = Group(
        "a",
        ("a1", "report", Lane.PainPoint, "Online form times out", EvidenceKind.Fact),
        ("a2", "wait", Lane.PainPoint, "No update after reporting", EvidenceKind.Assumption),
        ("a3", "report", Lane.CustomerAction, "Opens the council website", null));

    private static readonly GroupMap TableB = Group(
        "b",
        ("b1", "report", Lane.PainPoint, "The online form timed out", EvidenceKind.Assumption),
        ("b2", "wait", Lane.PainPoint, "Nobody phones back", null));

    [Fact]
    public void Similar_notes_at_the_same_stage_and_lane_are_suggested_as_one_cluster_with_each_groups_provenance()
    {
        var consolidation = WorkshopConsolidation.Build([TableA, TableB]);

        var form = consolidation.ClusterOf(new ItemRef("a", "a1"))!;
        Assert.Equal([new ItemRef("a", "a1"), new ItemRef("b", "b1")], form.Members.Select(m => m.Ref));
        Assert.Equal(["Table a", "Table b"], form.Members.Select(m => m.GroupName));
        Assert.Equal(["a-author", "b-author"], form.Members.Select(m => m.Item.AuthorId));
        Assert.Equal([EvidenceKind.Fact, EvidenceKind.Assumption], form.Members.Select(m => m.Item.Evidence!.Kind));
        Assert.Equal("source of b1", form.Members[1].Item.Evidence!.Source);
        Assert.Equal(2, form.GroupCount);
        Assert.NotSame(consolidation.ClusterOf(new ItemRef("a", "a2")), consolidation.ClusterOf(new ItemRef("b", "b2")));
    }

    [Fact]
    public void Clusters_never_mix_stages_or_lanes_even_for_the_same_words()
    {
        var sameWords = Group("c", ("c1", "wait", Lane.PainPoint, "Online form times out", null));

        var consolidation = WorkshopConsolidation.Build([TableA, sameWords]);

        Assert.NotEqual(consolidation.ClusterOf(new("a", "a1"))!.Id, consolidation.ClusterOf(new("c", "c1"))!.Id);
    }

    [Fact]
    public void A_merge_a_split_and_a_rename_change_the_clusters_and_never_the_groups_maps()
    {
        var consolidation = WorkshopConsolidation.Build([TableA, TableB])
            .Apply(new MergeClusters([new("a", "a2"), new("b", "b2")]))
            .Apply(new RenameCluster(new("b", "b2"), "Left in the dark after reporting"))
            .Apply(new SplitCluster([new("b", "b1")]));

        var waiting = consolidation.ClusterOf(new("a", "a2"))!;
        Assert.Equal("Left in the dark after reporting", waiting.Name);
        Assert.True(waiting.IsNamed);
        Assert.Equal(2, waiting.Members.Count);
        Assert.Single(consolidation.ClusterOf(new("b", "b1"))!.Members);
        Assert.Equal("No update after reporting", TableA.Map.FindItem("a2")!.Text);
        Assert.Equal(5, consolidation.Clusters.Sum(c => c.Members.Count));
    }

    [Fact]
    public void Undo_drops_the_last_operation()
    {
        var merged = WorkshopConsolidation.Build([TableA, TableB]).Apply(new MergeClusters([new("a", "a2"), new("b", "b2")]));

        var undone = merged.Undo();

        Assert.Empty(undone.Operations);
        Assert.NotEqual(undone.ClusterOf(new("a", "a2"))!.Id, undone.ClusterOf(new("b", "b2"))!.Id);
        Assert.Throws<DomainValidationException>(() => undone.Undo());
    }

    [Theory]
    [InlineData("across lanes")]
    [InlineData("already together")]
    [InlineData("split all")]
    [InlineData("gone")]
    [InlineData("empty name")]
    public void An_operation_that_does_not_fit_is_refused_naming_why(string wrong)
    {
        var consolidation = WorkshopConsolidation.Build([TableA, TableB]);
        ClusterOperation operation = wrong switch
        {
            "across lanes" => new MergeClusters([new("a", "a1"), new("a", "a3")]),
            "already together" => new MergeClusters([new("a", "a1"), new("b", "b1")]),
            "split all" => new SplitCluster([new("a", "a1"), new("b", "b1")]),
            "gone" => new MergeClusters([new("a", "a1"), new("b", "deleted")]),
            _ => new RenameCluster(new("a", "a1"), "   "),
        };

        var refused = Assert.Throws<DomainValidationException>(() => consolidation.Apply(operation));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public void An_operation_whose_note_was_deleted_since_is_left_out_and_reported()
    {
        var merge = new MergeClusters([new("a", "a2"), new("b", "b2")]);
        var tableBWithoutB2 = TableB with { Map = TableB.Map.DeleteItem("b2") };

        var consolidation = WorkshopConsolidation.Build([TableA, tableBWithoutB2], operations: [merge]);

        var skipped = Assert.Single(consolidation.Skipped);
        Assert.Equal(0, skipped.Index);
        Assert.Contains("b/b2", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Emotion_per_group_and_the_workshop_mean_per_stage()
    {
        var a = TableA with { Map = TableA.Map.ScoreEmotion("report", -2).ScoreEmotion("wait", -1) };
        var b = TableB with { Map = TableB.Map.ScoreEmotion("report", 1) };

        var insights = WorkshopConsolidation.Build([a, b]).Insights;

        var report = insights.Single(i => i.Stage.Id == "report");
        Assert.Equal(-2, report.EmotionByGroup["a"]);
        Assert.Equal(1, report.EmotionByGroup["b"]);
        Assert.Equal(-0.5, report.MeanEmotion);
        Assert.Null(insights.Single(i => i.Stage.Id == "wait").EmotionByGroup["b"]);
        Assert.Null(insights.Single(i => i.Stage.Id == "collected").MeanEmotion);
    }

    [Fact]
    public void Evidence_strength_per_stage_per_group_and_overall()
    {
        var report = WorkshopConsolidation.Build([TableA, TableB]).Insights.Single(i => i.Stage.Id == "report");

        Assert.Equal(new EvidenceStrength(1, 0, 1), report.EvidenceByGroup["a"]);
        Assert.Equal(new EvidenceStrength(0, 1, 0), report.EvidenceByGroup["b"]);
        Assert.Equal(new EvidenceStrength(1, 1, 1), report.Evidence);
        Assert.Equal(1.0 / 3, report.Evidence.FactShare!.Value, 6);
    }

    [Fact]
    public void A_custom_scripts_stages_are_lined_up_by_the_facilitators_mapping()
    {
        var custom = Group(
            "custom",
            [("tell-us", "Tell us"), ("hear-back", "Hear back")],
            ("x1", "tell-us", Lane.PainPoint, "Online form times out", null));

        var unmapped = WorkshopConsolidation.Build([TableA, custom]);
        Assert.Equal(5, unmapped.Stages.Count);

        var mapped = unmapped
            .MapStage(new StageMapping("custom", "tell-us", "report"))
            .MapStage(new StageMapping("custom", "hear-back", "wait"));

        Assert.Equal(["report", "wait", "collected"], mapped.Stages.Select(s => s.Id));
        Assert.Equal("Report it", mapped.Stages[0].Name);
        Assert.Contains(new ItemRef("custom", "x1"), mapped.ClusterOf(new("a", "a1"))!.Members.Select(m => m.Ref));
        Assert.Throws<DomainValidationException>(() => mapped.MapStage(new StageMapping("custom", "tell-us", "nowhere")));
    }

    [Fact]
    public void Starting_separate_keeps_every_note_on_its_own()
    {
        var consolidation = WorkshopConsolidation.Build([TableA, TableB], start: ClusteringStart.Separate);

        Assert.All(consolidation.Clusters, c => Assert.Single(c.Members));
    }
}
