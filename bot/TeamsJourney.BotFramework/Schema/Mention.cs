namespace TeamsJourney.BotFramework.Schema;

/// <summary>A typed view of a <c>mention</c> entity.</summary>
/// <param name="Mentioned">Who was mentioned.</param>
/// <param name="Text">The mention's markup in the message text, e.g. <c>&lt;at&gt;TeamsJourney&lt;/at&gt;</c>.</param>
public sealed record Mention(ChannelAccount Mentioned, string? Text);
