using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>A workshop as loaded, with the version its next save must expect.</summary>
internal sealed record StoredWorkshop(Workshop Workshop, long Version);
