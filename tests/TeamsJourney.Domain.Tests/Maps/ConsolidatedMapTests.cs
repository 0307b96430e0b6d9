using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class ConsolidatedMapTests
{
    private static GroupMap AGroup(string id, int votes)
    {
        var map = JourneyMap.Create([("s1", "Stage one")])
            .AddItem($"{id}-pain", "s1", Lane.PainPoint, $"Pain of {id}", "u1", "Alice")
            .ProposeInitiative($"{id}-init", $"Idea of {id}", null, [], "u1", "Alice");
        for (var v = 0; v < votes; v++)
        {
            map = map.CastVote($"{id}-init", $"voter-{v}");
        }

        return new GroupMap(id, $"Group {id}", map);
    }

    [Fact]
    public void ItemsIn_collects_a_lane_across_groups_keyed_by_group()
    {
        var view = ConsolidatedMap.Merge([AGroup("a", 0), AGroup("b", 0)]);

        Assert.Equal([("a", "Pain of a"), ("b", "Pain of b")], view.ItemsIn(Lane.PainPoint).Select(i => (i.GroupId, i.Item.Text)));
    }

    [Fact]
    public void InitiativesByVotes_puts_the_most_voted_first()
    {
        var view = ConsolidatedMap.Merge([AGroup("a", 1), AGroup("b", 3)]);
        Assert.Equal(["b-init", "a-init"], view.InitiativesByVotes().Select(i => i.Initiative.Id));
    }

    [Fact]
    public void MapOf_finds_a_group_by_id()
    {
        var view = ConsolidatedMap.Merge([AGroup("a", 0)]);
        Assert.NotNull(view.MapOf("a"));
        Assert.Null(view.MapOf("zzz"));
    }

    [Fact]
    public void Merge_refuses_the_same_group_twice()
    {
        Assert.Throws<DomainValidationException>(() => ConsolidatedMap.Merge([AGroup("a", 0), AGroup("a", 0)]));
    }
}
