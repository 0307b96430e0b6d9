using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Identifiers;

/// <summary>
/// The rules a workshop or group id must meet before any use case looks it up. Ids come from URLs and cards, so a
/// host checks them first and answers a clear 400 rather than letting the store refuse them deep inside (a 500).
/// </summary>
public static class WorkshopIds
{
    /// <summary>Why <paramref name="id"/> is not a well-formed workshop or group id, or null when it is.</summary>
    /// <param name="id">The id as received.</param>
    /// <param name="name">What to call it in the message, e.g. "workshopId".</param>
    public static string? Problem(string? id, string name) => StoreArguments.KeyIdProblem(id, name);
}
