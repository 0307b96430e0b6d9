using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class JourneyMapInitiativeTests
{
    private static JourneyMap AMapWithPainPoint() =>
        JourneyMap.Create([("notice", "Noticing")])
            .AddItem("pain-1", "notice", Lane.PainPoint, "No one tells me", "u1", "Alice")
            .AddItem("thought-1", "notice", Lane.Thought, "Annoyed", "u1", "Alice");

    private static JourneyMap WithInitiative() =>
        AMapWithPainPoint().ProposeInitiative("init-1", "Text alerts", "Send a text", ["pain-1"], "u1", "Alice");

    [Fact]
    public void ProposeInitiative_links_existing_pain_points()
    {
        var initiative = WithInitiative().FindInitiative("init-1")!;
        Assert.Equal(["pain-1"], initiative.PainPointIds);
        Assert.Equal("Alice", initiative.ProposedByName);
    }

    [Fact]
    public void ProposeInitiative_linking_an_item_that_is_not_a_pain_point_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            AMapWithPainPoint().ProposeInitiative("init-1", "Text alerts", null, ["thought-1"], "u1", "Alice"));
        Assert.Equal("pain points", ex.Field);
    }

    [Fact]
    public void ProposeInitiative_linking_a_missing_item_is_refused()
    {
        Assert.Throws<DomainValidationException>(() =>
            AMapWithPainPoint().ProposeInitiative("init-1", "Text alerts", null, ["ghost"], "u1", "Alice"));
    }

    [Fact]
    public void Deleting_a_linked_pain_point_unlinks_it_from_initiatives()
    {
        Assert.Empty(WithInitiative().DeleteItem("pain-1").FindInitiative("init-1")!.PainPointIds);
    }

    [Fact]
    public void Moving_a_linked_pain_point_to_another_lane_unlinks_it()
    {
        Assert.Empty(WithInitiative().MoveItem("pain-1", "notice", Lane.Opportunity).FindInitiative("init-1")!.PainPointIds);
    }

    [Fact]
    public void CastVote_counts_one_dot_per_user()
    {
        var map = WithInitiative().CastVote("init-1", "u1").CastVote("init-1", "u2");

        Assert.Equal(2, map.FindInitiative("init-1")!.Votes);
        Assert.Equal(1, map.DotsUsedBy("u1"));
    }

    [Fact]
    public void CastVote_twice_by_the_same_user_is_refused()
    {
        var map = WithInitiative().CastVote("init-1", "u1");
        Assert.Throws<DomainValidationException>(() => map.CastVote("init-1", "u1"));
    }

    [Fact]
    public void WithdrawVote_without_a_vote_is_refused()
    {
        Assert.Throws<DomainValidationException>(() => WithInitiative().WithdrawVote("init-1", "u1"));
    }

    [Theory]
    [InlineData(0, 3, "impact")]
    [InlineData(6, 3, "impact")]
    [InlineData(3, 0, "effort")]
    [InlineData(3, 6, "effort")]
    public void RateInitiative_outside_one_to_five_is_refused(int impact, int effort, string field)
    {
        var ex = Assert.Throws<DomainValidationException>(() => WithInitiative().RateInitiative("init-1", impact, effort));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void RateInitiative_records_impact_and_effort()
    {
        var initiative = WithInitiative().RateInitiative("init-1", 5, 2).FindInitiative("init-1")!;
        Assert.Equal((5, 2), (initiative.Impact, initiative.Effort));
    }
}
