using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>Puts cards into activities.</summary>
public static class AdaptiveCardActivityExtensions
{
    /// <summary>The card as an attachment (content type <c>application/vnd.microsoft.card.adaptive</c>).</summary>
    public static Attachment ToAttachment(this AdaptiveCard card) => new()
    {
        ContentType = AttachmentContentTypes.AdaptiveCard,
        Content = AdaptiveCardSerializer.ToJsonNode(card),
    };

    /// <summary>A new message activity carrying the card.</summary>
    public static Activity ToMessage(this AdaptiveCard card) =>
        Activity.CreateCardMessage(AdaptiveCardSerializer.ToJsonNode(card));
}
