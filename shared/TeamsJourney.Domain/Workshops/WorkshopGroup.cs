namespace TeamsJourney.Domain.Workshops;

/// <summary>A breakout group of a workshop and the scenario script it works through.</summary>
/// <param name="Id">Stable group id (the key of its event stream).</param>
/// <param name="Name">Display name, e.g. "Group A".</param>
/// <param name="ScenarioId">The id of the scenario script the group follows.</param>
public sealed record WorkshopGroup(string Id, string Name, string ScenarioId);
