using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

/// <summary>
/// The map answers "this item", "this cell's items" and "the pain points" from an index kept beside its item list
/// (issue 16). Whatever the changes, each answer must be the one a scan of <see cref="JourneyMap.Items"/> gives.
/// </summary>
public sealed class JourneyMapLookupTests
{
    private static readonly string[] StageIds = ["notice", "report", "wait"];
    private static readonly Lane[] Lanes = [Lane.CustomerAction, Lane.Touchpoint, Lane.PainPoint, Lane.Thought];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Lookups_answer_as_a_scan_of_the_items_after_any_changes(int seed)
    {
        var random = new Random(seed);
        var map = JourneyMap.Create(StageIds.Select(id => (id, id.ToUpperInvariant())));
        var next = 0;
        for (var change = 0; change < 400; change++)
        {
            var items = map.Items;
            var pick = items.Count == 0 ? null : items[random.Next(items.Count)];
            map = (random.Next(10), pick) switch
            {
                (< 5, _) or (_, null) => map.AddItem($"i{next++}", StageIds[random.Next(StageIds.Length)], Lanes[random.Next(Lanes.Length)], $"note {next}", "u1", "Alice"),
                (5, { } item) => map.EditItemText(item.Id, $"edited {change}"),
                (6 or 7, { } item) => map.MoveItem(item.Id, StageIds[random.Next(StageIds.Length)], Lanes[random.Next(Lanes.Length)]),
                (8, { } item) => map.SetEvidence(item.Id, new Evidence(EvidenceKind.Fact, "Complaints log")),
                (_, { } item) => map.DeleteItem(item.Id),
            };

            AssertLookupsMatchAScan(map);
        }
    }

    [Fact]
    public void An_item_moved_to_another_cell_keeps_its_place_by_when_it_was_added()
    {
        var map = JourneyMap.Create([("notice", "Noticing"), ("report", "Reporting")])
            .AddItem("first", "notice", Lane.Thought, "Was it my fault?", "u1", "Alice")
            .AddItem("second", "report", Lane.Thought, "Will they come back?", "u1", "Alice")
            .AddItem("third", "report", Lane.Thought, "Who do I ring?", "u1", "Alice");

        var moved = map.MoveItem("first", "report", Lane.Thought);

        Assert.Equal(["first", "second", "third"], moved.ItemsIn("report", Lane.Thought).Select(i => i.Id));
        Assert.Empty(moved.ItemsIn("notice", Lane.Thought));
        Assert.Equal(3, map.ItemsIn("notice", Lane.Thought).Count + map.ItemsIn("report", Lane.Thought).Count);
    }

    [Fact]
    public void A_cell_emptied_by_deletes_has_room_for_the_limit_again()
    {
        var map = JourneyMap.Create([("notice", "Noticing")]);
        for (var i = 0; i < JourneyMap.MaxItemsPerCell; i++)
        {
            map = map.AddItem($"i{i}", "notice", Lane.Thought, $"thought {i}", "u1", "Alice");
        }

        map = map.DeleteItem("i0").AddItem("again", "notice", Lane.Thought, "one more", "u1", "Alice");

        Assert.Equal(JourneyMap.MaxItemsPerCell, map.ItemsIn("notice", Lane.Thought).Count);
        Assert.Null(map.FindItem("i0"));
        Assert.Equal("one more", map.FindItem("again")!.Text);
    }

    private static void AssertLookupsMatchAScan(JourneyMap map)
    {
        foreach (var stage in StageIds)
        {
            foreach (var lane in Lanes)
            {
                Assert.Equal(
                    map.Items.Where(i => i.StageId == stage && i.Lane == lane),
                    map.ItemsIn(stage, lane));
            }
        }

        foreach (var item in map.Items)
        {
            Assert.Same(item, map.FindItem(item.Id));
        }

        Assert.Equal(
            map.Items.Where(i => i.Lane == Lane.PainPoint).OrderBy(i => Array.IndexOf(StageIds, i.StageId)),
            map.PainPoints);
    }
}
