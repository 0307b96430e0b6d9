using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Builds the "groupChanged" delta from the group as it stood before and after a change. The domain's maps are
/// immutable and a change replaces only what it touches, so an unchanged item is the very same object on both
/// sides: the comparison costs one dictionary of the items before (no replay, no serialization of the whole group).
/// </summary>
internal static class GroupDelta
{
    /// <summary>The delta of one change, or of a run of consecutive ones (the first's before, the last's after).</summary>
    public static GroupChangedMessage Between(GroupChange first, GroupChange last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var before = first.Before;
        var after = last.After;
        var header = SnapshotMapper.Header(last.GroupId, null, after);
        var persona = after.Map.Persona;
        var stagesChanged = before is null || !before.Map.Stages.SequenceEqual(after.Map.Stages);
        var (items, removedItems) = Diff(before?.Map.Items ?? [], after.Map.Items, i => i.Id);
        var (initiatives, removedInitiatives) = Diff(before?.Map.Initiatives ?? [], after.Map.Initiatives, i => i.Id);

        return new GroupChangedMessage(
            last.WorkshopId,
            last.GroupId,
            first.FromVersion,
            last.ToVersion,
            before is not null && SnapshotMapper.Header(first.GroupId, null, before) == header ? null : header,
            before is not null && Equals(before.Map.Persona, persona) ? null : SnapshotMapper.Persona(persona),
            stagesChanged ? SnapshotMapper.Stages(after.Map) : null,
            [.. items.Select(SnapshotMapper.Item)],
            removedItems,
            [.. initiatives.Select(i => SnapshotMapper.Initiative(i, null))],
            removedInitiatives);
    }

    // Added or changed (in the order of after: changed ones where they stand, added ones last), and removed ids.
    private static (List<T> Changed, List<string> Removed) Diff<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id)
        where T : class
    {
        var old = new Dictionary<string, T>(before.Count, StringComparer.Ordinal);
        foreach (var entry in before)
        {
            old[id(entry)] = entry;
        }

        var changed = new List<T>();
        foreach (var entry in after)
        {
            // Records compare by reference first, so an untouched entry is one pointer comparison.
            if (!old.Remove(id(entry), out var previous) || !Equals(previous, entry))
            {
                changed.Add(entry);
            }
        }

        return (changed, [.. old.Keys]);
    }

    /// <summary>Whether <paramref name="next"/> starts where <paramref name="previous"/> ended (same group, no gap).</summary>
    public static bool Continues(GroupChange previous, GroupChange next) =>
        previous.WorkshopId == next.WorkshopId && previous.GroupId == next.GroupId && previous.ToVersion == next.FromVersion;
}
