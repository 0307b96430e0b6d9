using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.Bot.Cards;

/// <summary>The facilitator's data-rights cards: the deletion confirmation and the export link.</summary>
internal static class DataRightsCards
{
    /// <summary>Asks the facilitator to type the title back; only then does "Delete for good" delete anything.</summary>
    public static AdaptiveCard ConfirmDeletion(string workshopId, string title) => new()
    {
        Body =
        [
            new Container
            {
                Style = ContainerStyle.Attention,
                Items =
                [
                    new TextBlock { Text = "Delete this workshop?", Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock
                    {
                        Text = $"This deletes \u201C{CardText.Quote(title, 200)}\u201D for good: every group's map, the generated documents and the links to its conversations. The audit trail keeps who deleted it. Export it first if you need a copy (type \u201Cexport workshop\u201D).",
                        Wrap = true,
                    },
                ],
            },
            new TextInput
            {
                Id = CardFields.ConfirmTitle,
                Label = "Type the workshop's title to confirm",
                Placeholder = CardText.Quote(title, 200),
                IsRequired = true,
                ErrorMessage = "Type the title exactly as shown.",
                MaxLength = 300,
            },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = "Delete for good",
                Verb = CardVerbs.DeleteWorkshop,
                Style = ActionStyle.Destructive,
                Data = new JsonObject { [CardFields.WorkshopId] = workshopId },
                AssociatedInputs = AssociatedInputs.Auto,
            },
        ],
        FallbackText = $"Delete the workshop {title}? Type its title on the card to confirm.",
    };

    /// <summary>The export is ready: one link to the zip (workshop.json + the documents).</summary>
    public static AdaptiveCard ExportReady(string title, Uri link, int items) => new()
    {
        Body =
        [
            new TextBlock { Text = "Workshop export ready", Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = $"\u201C{CardText.Quote(title, 200)}\u201D: {items} items with who added them, fact or assumption and source, plus the deck and the report, in one zip. The export is recorded in the workshop's audit trail.",
                Wrap = true,
            },
        ],
        Actions = [new OpenUrlAction { Title = "Download the export", Url = link }],
        FallbackText = $"Workshop export ready: {link}",
    };
}
