namespace TeamsJourney.Workshops.People;

/// <summary>
/// Who asks for a use case: their Entra object id (one id whether they use the bot or the tab) and the name
/// shown beside what they add. Whether they are a facilitator is decided by the use case, from the workshop.
/// </summary>
public sealed record Participant(string UserId, string DisplayName);
