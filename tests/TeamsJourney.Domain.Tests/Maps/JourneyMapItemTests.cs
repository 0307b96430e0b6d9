using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class JourneyMapItemTests
{
    private static JourneyMap AMap() => JourneyMap.Create([("notice", "Noticing"), ("report", "Reporting")]);

    private static JourneyMap WithItem(Lane lane = Lane.PainPoint) =>
        AMap().AddItem("i1", "notice", lane, " Calendar says collected ", "u1", "Alice");

    [Fact]
    public void AddItem_stores_trimmed_text_author_and_version_one()
    {
        var item = WithItem().FindItem("i1")!;

        Assert.Equal("Calendar says collected", item.Text);
        Assert.Equal(("u1", "Alice", 1), (item.AuthorId, item.AuthorName, item.Version));
    }

    [Fact]
    public void AddItem_returns_a_new_map_and_leaves_the_old_one_unchanged()
    {
        var before = AMap();
        var after = before.AddItem("i1", "notice", Lane.Thought, "Was it my fault?", "u1", "Alice");

        Assert.Empty(before.Items);
        Assert.Single(after.Items);
    }

    [Fact]
    public void AddItem_on_an_unknown_stage_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => AMap().AddItem("i1", "nope", Lane.Thought, "x", "u1", "Alice"));
        Assert.Equal("stage", ex.Field);
    }

    [Fact]
    public void AddItem_with_a_channel_outside_the_touchpoint_lane_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            AMap().AddItem("i1", "notice", Lane.Thought, "x", "u1", "Alice", TouchpointChannel.Phone));
        Assert.Equal("channel", ex.Field);
    }

    [Fact]
    public void AddItem_refuses_the_fifty_first_item_in_a_stage_and_lane()
    {
        var map = AMap();
        for (var i = 0; i < JourneyMap.MaxItemsPerCell; i++)
        {
            map = map.AddItem($"i{i}", "notice", Lane.Opportunity, $"Idea {i}", "u1", "Alice");
        }

        var ex = Assert.Throws<DomainValidationException>(() => map.AddItem("one-more", "notice", Lane.Opportunity, "x", "u1", "Alice"));
        Assert.Contains("50", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_item_limit_applies_per_stage_and_lane()
    {
        var map = AMap();
        for (var i = 0; i < JourneyMap.MaxItemsPerCell; i++)
        {
            map = map.AddItem($"i{i}", "notice", Lane.Opportunity, $"Idea {i}", "u1", "Alice");
        }

        Assert.Equal(51, map.AddItem("other", "report", Lane.Opportunity, "x", "u1", "Alice").Items.Count);
    }

    [Fact]
    public void EditItemText_raises_the_version()
    {
        var item = WithItem().EditItemText("i1", "Calendar wrong").FindItem("i1")!;
        Assert.Equal(("Calendar wrong", 2), (item.Text, item.Version));
    }

    [Fact]
    public void EditItemText_with_a_stale_version_is_refused()
    {
        var map = WithItem().EditItemText("i1", "First edit");

        var ex = Assert.Throws<DomainValidationException>(() => map.EditItemText("i1", "Second edit", expectedVersion: 1));
        Assert.Equal("version", ex.Field);
    }

    [Fact]
    public void MoveItem_changes_stage_and_lane_and_drops_a_channel_outside_touchpoints()
    {
        var map = AMap().AddItem("i1", "notice", Lane.Touchpoint, "Phone line", "u1", "Alice", TouchpointChannel.Phone);

        var moved = map.MoveItem("i1", "report", Lane.PainPoint).FindItem("i1")!;

        Assert.Equal(("report", Lane.PainPoint, (TouchpointChannel?)null, 2), (moved.StageId, moved.Lane, moved.Channel, moved.Version));
    }

    [Fact]
    public void SetEvidence_records_kind_and_source()
    {
        var item = WithItem().SetEvidence("i1", new Evidence(EvidenceKind.Fact, " Complaints log ")).FindItem("i1")!;
        Assert.Equal(new Evidence(EvidenceKind.Fact, "Complaints log"), item.Evidence);
    }

    [Fact]
    public void DeleteItem_removes_it()
    {
        Assert.Null(WithItem().DeleteItem("i1").FindItem("i1"));
    }

    [Fact]
    public void DeleteItem_of_a_missing_item_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => AMap().DeleteItem("ghost"));
        Assert.Equal("item", ex.Field);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(3)]
    public void ScoreEmotion_outside_minus_two_to_plus_two_is_refused(int score)
    {
        var ex = Assert.Throws<DomainValidationException>(() => AMap().ScoreEmotion("notice", score));
        Assert.Equal("emotion", ex.Field);
    }

    [Fact]
    public void ScoreEmotion_sets_the_stage_emotion()
    {
        Assert.Equal(-2, AMap().ScoreEmotion("report", -2).FindStage("report")!.Emotion);
    }

    [Fact]
    public void Create_refuses_duplicate_stage_ids()
    {
        Assert.Throws<DomainValidationException>(() => JourneyMap.Create([("a", "A"), ("a", "Again")]));
    }
}
