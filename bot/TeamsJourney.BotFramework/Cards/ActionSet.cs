namespace TeamsJourney.BotFramework.Cards;

/// <summary>Actions placed inside the card body.</summary>
public sealed class ActionSet : CardElement
{
    /// <inheritdoc />
    public override string Type => "ActionSet";

    public IList<CardAction> Actions { get; init; } = [];
}
