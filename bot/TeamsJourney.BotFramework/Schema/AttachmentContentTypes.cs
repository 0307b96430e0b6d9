namespace TeamsJourney.BotFramework.Schema;

/// <summary>Attachment content types the bot uses.</summary>
public static class AttachmentContentTypes
{
    /// <summary>An Adaptive Card.</summary>
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
