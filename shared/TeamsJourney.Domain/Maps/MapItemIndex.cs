using System.Collections.Immutable;

namespace TeamsJourney.Domain.Maps;

/// <summary>
/// A map's items by id and by cell (stage and lane), kept beside the ordered item list so that finding an item, a
/// cell's items or a cell's room is a lookup, not a scan of the whole map. Every card turn asks these several times
/// (the card's boxes, the stale-card check, the room left in a cell), and a group's map grows to hundreds of items
/// over a workshop: the scans were a tenth of a turn's processor time (issue 16). Immutable like the map, each change
/// returns a new index that shares everything the change did not touch.
/// </summary>
internal sealed class MapItemIndex
{
    public static readonly MapItemIndex Empty = new(
        ImmutableDictionary.Create<string, MapItem>(StringComparer.Ordinal),
        ImmutableDictionary<Cell, ImmutableList<MapItem>>.Empty);

    private readonly ImmutableDictionary<string, MapItem> _byId;
    private readonly ImmutableDictionary<Cell, ImmutableList<MapItem>> _byCell;

    private MapItemIndex(ImmutableDictionary<string, MapItem> byId, ImmutableDictionary<Cell, ImmutableList<MapItem>> byCell)
    {
        _byId = byId;
        _byCell = byCell;
    }

    public MapItem? Find(string itemId) => _byId.GetValueOrDefault(itemId);

    /// <summary>The items of one cell, in the order they were added to the map.</summary>
    public ImmutableList<MapItem> In(string stageId, Lane lane) => _byCell.GetValueOrDefault(new Cell(stageId, lane)) ?? [];

    public MapItemIndex Add(MapItem item) =>
        new(_byId.Add(item.Id, item), _byCell.SetItem(CellOf(item), In(item.StageId, item.Lane).Add(item)));

    public MapItemIndex Remove(MapItem item)
    {
        var cell = In(item.StageId, item.Lane).Remove(item, ReferenceEqualityComparer.Instance);
        return new(_byId.Remove(item.Id), cell.IsEmpty ? _byCell.Remove(CellOf(item)) : _byCell.SetItem(CellOf(item), cell));
    }

    /// <summary>
    /// The index after <paramref name="old"/> became <paramref name="updated"/>. An item that moved cells takes its
    /// place in the new cell by the order it was added (as <paramref name="itemsInOrder"/>, the map's new list, has it),
    /// not at the end; moves are edits in the tab, rare next to answers, so that one cell is rebuilt from the list.
    /// </summary>
    public MapItemIndex Replace(MapItem old, MapItem updated, IEnumerable<MapItem> itemsInOrder)
    {
        var byId = _byId.SetItem(updated.Id, updated);
        if (CellOf(old) == CellOf(updated))
        {
            return new(byId, _byCell.SetItem(CellOf(updated), In(updated.StageId, updated.Lane).Replace(old, updated, ReferenceEqualityComparer.Instance)));
        }

        var withoutOld = Remove(old)._byCell;
        var target = CellOf(updated);
        var cell = itemsInOrder.Where(i => CellOf(i) == target).ToImmutableList();
        return new(byId, withoutOld.SetItem(target, cell));
    }

    private static Cell CellOf(MapItem item) => new(item.StageId, item.Lane);

    private readonly record struct Cell(string StageId, Lane Lane);
}
