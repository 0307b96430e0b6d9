using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Domain.Versions;

/// <summary>What about a note changed between two versions.</summary>
[Flags]
public enum ItemChangeKind
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Its text.</summary>
    Text = 1,

    /// <summary>Its stage or lane.</summary>
    Place = 2,

    /// <summary>Fact or assumption, or the source.</summary>
    Evidence = 4,
}

/// <summary>A note present in both versions that changed.</summary>
public sealed record ItemChange(VersionedItem Before, VersionedItem After, ItemChangeKind Kind);

/// <summary>How a stage's mean emotion moved (null where nobody scored it).</summary>
public sealed record EmotionChange(WorkshopStage Stage, double? Before, double? After)
{
    /// <summary>After minus before, when both were scored.</summary>
    public double? Delta => Before is { } b && After is { } a ? a - b : null;
}

/// <summary>An initiative whose status changed, or that appeared or went (null status on that side).</summary>
public sealed record InitiativeStatusChange(string Title, InitiativeRef Member, InitiativeStatus? Before, InitiativeStatus? After);

/// <summary>
/// What changed between two versions of a workshop: notes added, removed and changed, how each stage's mean emotion
/// moved, and initiatives whose status changed. Notes are matched by group and item id, initiatives by the groups'
/// initiatives they stand for, so merging duplicates is not reported as a change of status.
/// </summary>
public sealed record VersionComparison(
    WorkshopVersion From,
    WorkshopVersion To,
    IReadOnlyList<VersionedItem> Added,
    IReadOnlyList<VersionedItem> Removed,
    IReadOnlyList<ItemChange> Changed,
    IReadOnlyList<EmotionChange> EmotionChanges,
    IReadOnlyList<InitiativeStatusChange> InitiativeChanges)
{
    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0
        && EmotionChanges.Count == 0 && InitiativeChanges.Count == 0;

    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>.</summary>
    public static VersionComparison Between(WorkshopVersion from, WorkshopVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Items.ToDictionary(i => i.Ref);
        var after = to.Items.ToDictionary(i => i.Ref);
        var added = to.Items.Where(i => !before.ContainsKey(i.Ref)).ToList();
        var removed = from.Items.Where(i => !after.ContainsKey(i.Ref)).ToList();
        var changed = to.Items
            .Where(i => before.ContainsKey(i.Ref))
            .Select(i => new ItemChange(before[i.Ref], i, KindOf(before[i.Ref], i)))
            .Where(c => c.Kind != ItemChangeKind.None)
            .ToList();
        return new VersionComparison(from, to, added, removed, changed, EmotionMoves(from, to), StatusMoves(from, to));
    }

    private static ItemChangeKind KindOf(VersionedItem before, VersionedItem after)
    {
        var kind = ItemChangeKind.None;
        if (!string.Equals(before.Text, after.Text, StringComparison.Ordinal))
        {
            kind |= ItemChangeKind.Text;
        }

        if (before.StageId != after.StageId || before.Lane != after.Lane)
        {
            kind |= ItemChangeKind.Place;
        }

        if (before.Evidence != after.Evidence || !string.Equals(before.Source, after.Source, StringComparison.Ordinal))
        {
            kind |= ItemChangeKind.Evidence;
        }

        return kind;
    }

    private static List<EmotionChange> EmotionMoves(WorkshopVersion from, WorkshopVersion to)
    {
        var stages = to.Stages.Concat(from.Stages.Where(s => to.Stages.All(t => t.Id != s.Id))).ToList();
        return stages
            .Select(s => new EmotionChange(s, from.MeanEmotion.GetValueOrDefault(s.Id), to.MeanEmotion.GetValueOrDefault(s.Id)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    // Matched member by member: a group's initiative keeps its reference through merges, so its status before and
    // after is the status of whichever pooled initiative held it then.
    private static List<InitiativeStatusChange> StatusMoves(WorkshopVersion from, WorkshopVersion to)
    {
        var before = StatusByMember(from);
        var after = StatusByMember(to);
        var changes = new List<InitiativeStatusChange>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))))
        {
            var was = before.TryGetValue(member, out var b) ? b : default;
            var now = after.TryGetValue(member, out var a) ? a : default;
            if (was.Status == now.Status)
            {
                continue;
            }

            var holder = now.Id ?? was.Id!;
            if (reported.Add(holder))
            {
                changes.Add(new InitiativeStatusChange(now.Title ?? was.Title!, member, was.Status, now.Status));
            }
        }

        return changes;
    }

    private static Dictionary<InitiativeRef, (string? Id, string? Title, InitiativeStatus? Status)> StatusByMember(WorkshopVersion version) =>
        version.Initiatives
            .SelectMany(i => i.Members.Select(m => (Member: m, Value: ((string?)i.Id, (string?)i.Title, (InitiativeStatus?)i.Status))))
            .ToDictionary(p => p.Member, p => p.Value);
}
