namespace TeamsJourney.BotFramework.Cards;

/// <summary>Actions placed inside the card body.</summary>
public sealed class ActionSet : CardElement
{
    public IList<CardAction> Actions { get; init; } = [];
}
