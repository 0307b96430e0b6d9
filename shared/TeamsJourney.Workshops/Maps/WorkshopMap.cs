using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Maps;

/// <summary>
/// One group's map as stored: its id, its name in the workshop (null when not known), its session and the group's
/// own stream version the session holds (0 before the group starts): the version live deltas are keyed on.
/// </summary>
public sealed record GroupMap(string GroupId, string? GroupName, GroupSession Session, long Version);

/// <summary>
/// A workshop's map at <see cref="Version"/> (the workshop-wide sequence read before the groups, so every group
/// holds at least everything up to it), with its groups in the workshop's order.
/// </summary>
public sealed record WorkshopMap(Workshop Workshop, long Version, IReadOnlyList<GroupMap> Groups);

/// <summary>The groups changed after a version, whole, and the version they bring a reader up to.</summary>
public sealed record MapChanges(long Version, IReadOnlyList<GroupMap> Groups);
