using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

public sealed partial record JourneyMap
{
    /// <summary>Adds an item at version 1.</summary>
    public JourneyMap AddItem(
        string itemId,
        string stageId,
        Lane lane,
        string text,
        string authorId,
        string authorName,
        TouchpointChannel? channel = null,
        Evidence? evidence = null)
    {
        Identifier.Require(itemId, "item id");
        if (FindItem(itemId) is not null)
        {
            throw new DomainValidationException("item id", $"An item with id '{itemId}' already exists.");
        }

        RequireStage(stageId);
        RequireLane(lane);
        RequireChannelFits(lane, channel);
        RequireRoomIn(stageId, lane);
        var item = new MapItem(
            itemId,
            stageId,
            lane,
            TextAnswer.Require(text, $"{LaneCatalog.Label(lane).ToLowerInvariant()} text"),
            channel,
            evidence,
            Identifier.Require(authorId, "author id"),
            TextAnswer.Require(authorName, "author name", 200),
            1);
        return this with { ItemList = ItemList.Add(item), ItemIndex = ItemIndex.Add(item) };
    }

    /// <summary>Changes an item's text.</summary>
    public JourneyMap EditItemText(string itemId, string text, int? expectedVersion = null)
    {
        var item = RequireItem(itemId, expectedVersion);
        var newText = TextAnswer.Require(text, $"{LaneCatalog.Label(item.Lane).ToLowerInvariant()} text");
        return Replace(item, item with { Text = newText, Version = item.Version + 1 });
    }

    /// <summary>Moves an item to another stage and/or lane; a channel only stays on touchpoints.</summary>
    public JourneyMap MoveItem(string itemId, string stageId, Lane lane, int? expectedVersion = null)
    {
        var item = RequireItem(itemId, expectedVersion);
        RequireStage(stageId);
        RequireLane(lane);
        if (item.StageId != stageId || item.Lane != lane)
        {
            RequireRoomIn(stageId, lane);
        }

        var moved = Replace(item, item with
        {
            StageId = stageId,
            Lane = lane,
            Channel = lane == Lane.Touchpoint ? item.Channel : null,
            Version = item.Version + 1,
        });

        // An initiative may only point at pain points, so moving one out of the lane unlinks it.
        return lane == Lane.PainPoint ? moved : moved.UnlinkPainPoint(itemId);
    }

    /// <summary>Deletes an item and unlinks it from initiatives.</summary>
    public JourneyMap DeleteItem(string itemId, int? expectedVersion = null)
    {
        var item = RequireItem(itemId, expectedVersion);
        return (this with { ItemList = ItemList.Remove(item, ReferenceEqualityComparer.Instance), ItemIndex = ItemIndex.Remove(item) }).UnlinkPainPoint(itemId);
    }

    /// <summary>Sets or clears (null) the evidence behind an item.</summary>
    public JourneyMap SetEvidence(string itemId, Evidence? evidence, int? expectedVersion = null)
    {
        var item = RequireItem(itemId, expectedVersion);
        return Replace(item, item with { Evidence = evidence, Version = item.Version + 1 });
    }

    private MapItem RequireItem(string itemId, int? expectedVersion)
    {
        var item = RequireItem(itemId);
        if (expectedVersion is { } expected && expected != item.Version)
        {
            throw new DomainValidationException(
                "version",
                $"Someone else changed this item (now version {item.Version}, you edited version {expected}); reload it and try again.");
        }

        return item;
    }

    private JourneyMap Replace(MapItem old, MapItem updated)
    {
        var items = ItemList.Replace(old, updated, ReferenceEqualityComparer.Instance);
        return this with { ItemList = items, ItemIndex = ItemIndex.Replace(old, updated, items) };
    }

    private void RequireRoomIn(string stageId, Lane lane)
    {
        if (ItemIndex.In(stageId, lane).Count >= MaxItemsPerCell)
        {
            throw new DomainValidationException(
                LaneCatalog.Label(lane).ToLowerInvariant(),
                $"This stage already has {MaxItemsPerCell} {LaneCatalog.Label(lane).ToLowerInvariant()}, the most allowed.");
        }
    }

    private static void RequireLane(Lane lane)
    {
        if (!Enum.IsDefined(lane))
        {
            throw new DomainValidationException("lane", $"Unknown lane {(int)lane}.");
        }
    }

    private static void RequireChannelFits(Lane lane, TouchpointChannel? channel)
    {
        if (channel is { } value && (lane != Lane.Touchpoint || !Enum.IsDefined(value)))
        {
            throw new DomainValidationException("channel", "A channel can only be given for a touchpoint, and must be one of the listed channels.");
        }
    }
}
