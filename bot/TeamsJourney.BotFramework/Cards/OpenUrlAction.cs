namespace TeamsJourney.BotFramework.Cards;

/// <summary><c>Action.OpenUrl</c>: opens a link in the browser or Teams.</summary>
public sealed class OpenUrlAction : CardAction
{
    /// <inheritdoc />
    public override string Type => "Action.OpenUrl";

    public required Uri Url { get; init; }
}
