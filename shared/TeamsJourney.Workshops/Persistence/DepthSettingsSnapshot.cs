using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// The stored form of <see cref="DepthSettings"/>: each change appends one snapshot to the workshop's "depth"
/// stream, so its history shows when the facilitator changed what.
/// </summary>
internal sealed record DepthSettingsSnapshot
{
    public const string EventType = "DepthSettingsChanged";

    public required ScenarioDepth Depth { get; init; }

    public IReadOnlyList<Lane>? BlueprintLanes { get; init; }

    public IReadOnlyDictionary<string, ScenarioDepth> GroupDepths { get; init; } = new Dictionary<string, ScenarioDepth>();

    public static DepthSettingsSnapshot Of(DepthSettings settings) => new()
    {
        Depth = settings.Depth,
        BlueprintLanes = settings.BlueprintLanes,
        GroupDepths = settings.GroupDepths.ToDictionary(g => g.Key, g => g.Value),
    };

    public DepthSettings ToSettings() => DepthSettings.Restore(Depth, BlueprintLanes, GroupDepths);
}
