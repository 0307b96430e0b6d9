using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Storage.Workshops;

/// <summary>A workshop as loaded, with the version its next save must expect.</summary>
public sealed record StoredWorkshop(Workshop Workshop, long Version);
