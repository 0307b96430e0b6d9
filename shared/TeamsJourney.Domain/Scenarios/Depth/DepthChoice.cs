using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// The depth a group works at and the blueprint lanes it is asked for. Null lanes mean the depth's own choice:
/// the script's MVP blueprint lanes at <see cref="ScenarioDepth.Mvp"/>, every blueprint prompt of the script at
/// <see cref="ScenarioDepth.Full"/>.
/// </summary>
public sealed record DepthChoice
{
    /// <summary>The choice a group makes when nobody chose: every step the script has.</summary>
    public static DepthChoice Full { get; } = new(ScenarioDepth.Full);

    /// <summary>The MVP depth with the script's own MVP blueprint lanes.</summary>
    public static DepthChoice Mvp { get; } = new(ScenarioDepth.Mvp);

    /// <summary>Creates a choice; the lanes must be blueprint lanes and are kept in the catalogue's order.</summary>
    /// <exception cref="DomainValidationException">A lane is not a blueprint lane, or the list is empty.</exception>
    public DepthChoice(ScenarioDepth depth, IEnumerable<Lane>? blueprintLanes = null)
    {
        if (!Enum.IsDefined(depth))
        {
            throw new DomainValidationException("depth", $"'{depth}' is not a depth; choose MVP or full.");
        }

        Depth = depth;
        BlueprintLanes = blueprintLanes is null ? null : CheckLanes(blueprintLanes);
    }

    /// <summary>MVP or full.</summary>
    public ScenarioDepth Depth { get; }

    /// <summary>The blueprint lanes to ask for, in catalogue order, or null for the depth's own choice.</summary>
    public IReadOnlyList<Lane>? BlueprintLanes { get; }

    /// <summary>The lanes a facilitator may choose for the blueprint.</summary>
    public static IReadOnlyList<Lane> ChoosableLanes => LaneCatalog.CapturedIn(MapSection.Blueprint);

    /// <summary>The same choice with other blueprint lanes.</summary>
    public DepthChoice WithLanes(IEnumerable<Lane>? lanes) => new(Depth, lanes);

    /// <summary>The same lanes at another depth.</summary>
    public DepthChoice At(ScenarioDepth depth) => new(depth, BlueprintLanes);

    /// <summary>Value equality, lanes included (a record compares lists by reference).</summary>
    public bool Equals(DepthChoice? other) =>
        other is not null && Depth == other.Depth
        && (BlueprintLanes is null ? other.BlueprintLanes is null : other.BlueprintLanes is not null && BlueprintLanes.SequenceEqual(other.BlueprintLanes));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Depth, Key);

    /// <summary>A stable text form, e.g. "Mvp" or "Full:Frontstage,Backstage".</summary>
    public string Key => BlueprintLanes is null ? Depth.ToString() : $"{Depth}:{string.Join(',', BlueprintLanes)}";

    /// <summary>"MVP" or "full", as people say it.</summary>
    public string DepthName => NameOf(Depth);

    /// <summary>"MVP" or "full".</summary>
    public static string NameOf(ScenarioDepth depth) => depth == ScenarioDepth.Mvp ? "MVP" : "full";

    private static List<Lane> CheckLanes(IEnumerable<Lane> lanes)
    {
        var chosen = lanes.Distinct().ToList();
        if (chosen.Count == 0)
        {
            throw new DomainValidationException("blueprint lanes", "Choose at least one blueprint lane.");
        }

        foreach (var wrong in chosen.Where(l => !ChoosableLanes.Contains(l)))
        {
            throw new DomainValidationException("blueprint lanes", $"{LaneCatalog.Label(wrong)} is not a blueprint lane; choose from {string.Join(", ", ChoosableLanes.Select(LaneCatalog.Label))}.");
        }

        return [.. ChoosableLanes.Where(chosen.Contains)];
    }
}
