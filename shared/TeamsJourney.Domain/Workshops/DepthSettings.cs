using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// How deep a workshop's groups go: the workshop's depth (MVP unless the facilitator chose full), the depth of
/// particular groups by name, and the blueprint lanes every group is asked for (null: the script's own choice).
/// Immutable: each change returns new settings.
/// </summary>
public sealed record DepthSettings
{
    private readonly Dictionary<string, ScenarioDepth> _groupDepths;

    private DepthSettings(ScenarioDepth depth, IReadOnlyList<Lane>? blueprintLanes, Dictionary<string, ScenarioDepth> groupDepths)
    {
        Depth = depth;
        BlueprintLanes = blueprintLanes;
        _groupDepths = groupDepths;
    }

    /// <summary>A workshop nobody has configured: MVP, with each script's own MVP blueprint lanes.</summary>
    public static DepthSettings Default { get; } = new(ScenarioDepth.Mvp, null, new(StringComparer.OrdinalIgnoreCase));

    /// <summary>The depth of every group without one of its own.</summary>
    public ScenarioDepth Depth { get; }

    /// <summary>The blueprint lanes chosen for every group, in catalogue order, or null for the script's choice.</summary>
    public IReadOnlyList<Lane>? BlueprintLanes { get; }

    /// <summary>Groups with a depth of their own, by group name (names compare ignoring case).</summary>
    public IReadOnlyDictionary<string, ScenarioDepth> GroupDepths => _groupDepths;

    /// <summary>Rebuilds settings from stored values, checking each.</summary>
    public static DepthSettings Restore(ScenarioDepth depth, IEnumerable<Lane>? blueprintLanes, IEnumerable<KeyValuePair<string, ScenarioDepth>>? groupDepths)
    {
        var settings = Default.WithDepth(depth);
        settings = blueprintLanes is null ? settings : settings.WithBlueprintLanes(blueprintLanes);
        return (groupDepths ?? []).Aggregate(settings, (s, g) => s.ForGroup(g.Key, g.Value));
    }

    /// <summary>The depth and lanes a group of that name works at.</summary>
    public DepthChoice ChoiceFor(string? groupName) =>
        new(groupName is not null && _groupDepths.TryGetValue(groupName, out var own) ? own : Depth, BlueprintLanes);

    /// <summary>True when the group of that name has a depth of its own.</summary>
    public bool HasOwnDepth(string groupName) => _groupDepths.ContainsKey(groupName);

    /// <summary>The workshop's depth changed; groups with their own depth keep it.</summary>
    public DepthSettings WithDepth(ScenarioDepth depth) => new(new DepthChoice(depth).Depth, BlueprintLanes, _groupDepths);

    /// <summary>A depth of its own for the group of that name.</summary>
    public DepthSettings ForGroup(string groupName, ScenarioDepth depth)
    {
        var name = TextAnswer.Require(groupName, "group name", Workshop.MaxTitleLength);
        if (!_groupDepths.ContainsKey(name) && _groupDepths.Count >= Workshop.MaxGroups)
        {
            throw new DomainValidationException("group name", $"At most {Workshop.MaxGroups} groups can have a depth of their own.");
        }

        var groups = new Dictionary<string, ScenarioDepth>(_groupDepths, StringComparer.OrdinalIgnoreCase) { [name] = new DepthChoice(depth).Depth };
        return new(Depth, BlueprintLanes, groups);
    }

    /// <summary>The blueprint lanes every group is asked for (checked and put in catalogue order).</summary>
    public DepthSettings WithBlueprintLanes(IEnumerable<Lane> lanes) => new(Depth, new DepthChoice(Depth, lanes).BlueprintLanes, _groupDepths);

    /// <summary>Value equality, group depths and lanes included.</summary>
    public bool Equals(DepthSettings? other) =>
        other is not null && Depth == other.Depth
        && (BlueprintLanes ?? []).SequenceEqual(other.BlueprintLanes ?? []) && (BlueprintLanes is null) == (other.BlueprintLanes is null)
        && _groupDepths.Count == other._groupDepths.Count
        && _groupDepths.All(g => other._groupDepths.TryGetValue(g.Key, out var d) && d == g.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Depth, BlueprintLanes?.Count, _groupDepths.Count);
}
