namespace TeamsJourney.BotFramework.Cards;

/// <summary><c>Action.ShowCard</c>: reveals a nested card below the actions.</summary>
public sealed class ShowCardAction : CardAction
{
    /// <inheritdoc />
    public override string Type => "Action.ShowCard";

    /// <summary>The nested card; its version may be left null.</summary>
    public required AdaptiveCard Card { get; init; }
}
