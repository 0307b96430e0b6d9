using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Maps;

/// <summary>
/// One group's map as stored: its id, its name in the workshop (null when not known), its session and the group's
/// own stream version the session holds (0 before the group starts), raised by each stored change of that group:
/// the version live deltas are keyed on and map positions are made of.
/// </summary>
public sealed record GroupMap(string GroupId, string? GroupName, GroupSession Session, long Version);

/// <summary>
/// A workshop's map at <see cref="Position"/> (read before the groups, so every group holds at least everything up
/// to it), with its groups in the workshop's order.
/// </summary>
public sealed record WorkshopMap(Workshop Workshop, MapPosition Position, IReadOnlyList<GroupMap> Groups)
{
    /// <summary>The workshop's version: how many changes its groups have stored (see <see cref="MapPosition.Version"/>).</summary>
    public long Version => Position.Version;
}

/// <summary>The groups changed after a position, whole, and the position they bring a reader up to.</summary>
public sealed record MapChanges(MapPosition Position, IReadOnlyList<GroupMap> Groups)
{
    /// <summary>The workshop's version at <see cref="Position"/>.</summary>
    public long Version => Position.Version;
}
