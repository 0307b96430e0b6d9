namespace TeamsJourney.BotFramework.Schema;

/// <summary>Entity types the bot reads.</summary>
public static class EntityTypes
{
    /// <summary>An @mention of a user or bot.</summary>
    public const string Mention = "mention";

    /// <summary>Client locale, country and platform.</summary>
    public const string ClientInfo = "clientInfo";
}
