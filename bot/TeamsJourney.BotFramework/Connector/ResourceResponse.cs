namespace TeamsJourney.BotFramework.Connector;

/// <summary>The Connector's answer to a send, reply or update: the id of the activity it stored.</summary>
/// <param name="Id">The activity id; empty when the channel returned none.</param>
public sealed record ResourceResponse(string Id);
