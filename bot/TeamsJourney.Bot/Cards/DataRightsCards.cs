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

    /// <summary>
    /// The export is ready, as the conversation sees it: what it holds and a button that gives a facilitator their own
    /// link. The card carries no link, because everyone in the thread sees it and a signed link works for whoever holds it.
    /// </summary>
    public static AdaptiveCard ExportReady(string title, string workshopId, string exportPath, int items) => new()
    {
        Body = ExportSummary(title, items),
        Actions = [GetMyExportLink(workshopId, exportPath)],
        FallbackText = $"Workshop export ready: {title}. Facilitators get their download link from the card.",
    };

    /// <summary>The export is ready where the link needs its own sign-in (SharePoint): the link itself.</summary>
    public static AdaptiveCard ExportReady(string title, Uri link, int items) => new()
    {
        Body = ExportSummary(title, items),
        Actions = [new OpenUrlAction { Title = "Download the export", Url = link }],
        FallbackText = $"Workshop export ready: {link}",
    };

    /// <summary>A facilitator's own view after "Get my download link": a link signed for them, short-lived.</summary>
    public static AdaptiveCard ExportLink(string title, string workshopId, string exportPath, Uri signed, TimeSpan validFor) => new()
    {
        Body =
        [
            new TextBlock { Text = "Your export link", Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = $"The export of \u201C{CardText.Quote(title, 200)}\u201D. This link is signed for you and works for {(int)validFor.TotalMinutes} minutes; keep it to yourself (anyone holding it can open it until then).",
                Wrap = true,
            },
        ],
        Actions = [new OpenUrlAction { Title = "Download the export", Url = signed }, GetMyExportLink(workshopId, exportPath)],
        FallbackText = $"Your export link: {signed}",
    };

    private static ExecuteAction GetMyExportLink(string workshopId, string exportPath) => new()
    {
        Title = "Get my download link",
        Verb = CardVerbs.ExportLink,
        Data = new JsonObject { [CardFields.WorkshopId] = workshopId, [CardFields.Files] = new JsonArray(exportPath) },
    };

    private static List<CardElement> ExportSummary(string title, int items) =>
    [
        new TextBlock { Text = "Workshop export ready", Weight = TextWeight.Bolder, Wrap = true },
        new TextBlock
        {
            Text = $"\u201C{CardText.Quote(title, 200)}\u201D: {items} items with who added them, fact or assumption and source, plus the deck and the report, in one zip. The export is recorded in the workshop's audit trail.",
            Wrap = true,
        },
    ];
}
