using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Bot.Cards;

/// <summary>The card that shows document generation: progress while it runs, then the links (or what went wrong).</summary>
internal static class DocumentsCard
{
    public static AdaptiveCard Progress(string workshopTitle, string step, int percent) => new()
    {
        Body =
        [
            Heading(workshopTitle),
            new TextBlock { Text = $"{step} ({Math.Clamp(percent, 0, 100)}%)", Wrap = true },
            new TextBlock { Text = Bar(percent), IsSubtle = true, Spacing = Spacing.None },
        ],
        FallbackText = $"Generating documents: {step} ({percent}%)",
    };

    /// <summary>
    /// The shared card in the conversation once the documents are ready: everyone sees it, so it carries no link that
    /// works for someone else. Local documents are offered through "Get my links" (each presser gets links signed for
    /// them, in their own view of the card); SharePoint links need SharePoint's own sign-in and are shown as they are.
    /// </summary>
    public static AdaptiveCard Ready(string workshopTitle, string workshopId, IReadOnlyList<(string Name, string Url)> files)
    {
        var local = files.Where(f => IsLocal(f.Url)).ToList();
        var shared = files.Where(f => !IsLocal(f.Url) && Uri.TryCreate(f.Url, UriKind.Absolute, out _)).ToList();
        return new()
        {
            Body =
            [
                Heading(workshopTitle),
                new TextBlock { Text = "Your documents are ready. Both are editable: the deck in PowerPoint, the report in Word.", Wrap = true },
                new FactSet { Facts = [.. files.Select(f => new Fact(KindOf(f.Name), CardText.Quote(f.Name, 200)))] },
                .. local.Count > 0
                    ? new CardElement[]
                    {
                        new TextBlock
                        {
                            Text = "Press \u201CGet my links\u201D for download links signed for you. Everyone in the team can also open the documents from the workshop's tab.",
                            Wrap = true,
                            IsSubtle = true,
                        },
                    }
                    : [],
            ],
            Actions =
            [
                .. local.Count > 0 ? new CardAction[] { GetMyLinks(workshopId, local) } : [],
                .. shared.Select(f => new OpenUrlAction { Title = "Open " + CardText.Plain(f.Name, 80), Url = new Uri(f.Url) }),
            ],
            FallbackText = "Documents ready: " + string.Join(", ", files.Select(f => f.Name)),
        };
    }

    /// <summary>One person's view after "Get my links": the links signed for them, and the button again for fresh ones.</summary>
    public static AdaptiveCard PersonalLinks(string workshopTitle, string workshopId, IReadOnlyList<(string Name, string Url)> files, IReadOnlyList<(string Name, Uri Url)> signed, TimeSpan validFor) => new()
    {
        Body =
        [
            Heading(workshopTitle),
            new FactSet { Facts = [.. signed.Select(l => new Fact(KindOf(l.Name), CardText.Quote(l.Name, 200)))] },
            new TextBlock
            {
                Text = $"These links are signed for you and work for {(int)validFor.TotalMinutes} minutes; keep them to yourself (anyone holding one can open it until then). Press \u201CGet my links\u201D again for fresh ones.",
                Wrap = true,
                IsSubtle = true,
            },
        ],
        Actions =
        [
            .. signed.Select(l => new OpenUrlAction { Title = "Open " + CardText.Plain(l.Name, 80), Url = l.Url }),
            GetMyLinks(workshopId, files),
        ],
        FallbackText = "Your document links: " + string.Join(", ", signed.Select(l => l.Name)),
    };

    /// <summary>"Get my links" could not give links: the files are gone (replaced or removed) or not this workshop's.</summary>
    public static AdaptiveCard NoLinks(string workshopTitle, string reason) => new()
    {
        Body =
        [
            Heading(workshopTitle),
            new TextBlock { Text = reason, Wrap = true },
        ],
        FallbackText = reason,
    };

    /// <summary>The files a "Get my links" press names (site-relative local document paths).</summary>
    public static IReadOnlyList<string> FilesOf(JsonObject data) =>
        data[CardFields.Files] is JsonArray files
            ? [.. files.Select(f => f is JsonValue value && value.TryGetValue<string>(out var path) ? path : null).OfType<string>()]
            : [];

    private static ExecuteAction GetMyLinks(string workshopId, IEnumerable<(string Name, string Url)> local) => new()
    {
        Title = "Get my links",
        Verb = CardVerbs.DocumentLinks,
        Data = new JsonObject
        {
            [CardFields.WorkshopId] = workshopId,
            [CardFields.Files] = new JsonArray([.. local.Select(f => (JsonNode)JsonValue.Create(f.Url))]),
        },
    };

    private static bool IsLocal(string url) => url.StartsWith(LocalFolderPublisher.UrlPrefix + "/", StringComparison.Ordinal);

    private static string KindOf(string name) =>
        name.EndsWith(".pptx", StringComparison.OrdinalIgnoreCase) ? "Deck"
        : name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? "Report"
        : name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "PDF"
        : "File";

    public static AdaptiveCard Failed(string workshopTitle, string reason) => new()
    {
        Body =
        [
            Heading(workshopTitle),
            new Container
            {
                Style = ContainerStyle.Warning,
                Items = [new TextBlock { Text = "The documents could not be generated: " + CardText.Quote(reason, 600), Wrap = true }],
            },
            new TextBlock { Text = "Nothing in the workshop was changed. Try again, or type 'generate documents'.", Wrap = true, IsSubtle = true },
        ],
        FallbackText = "The documents could not be generated.",
    };

    private static TextBlock Heading(string workshopTitle) =>
        new() { Text = "Documents: " + CardText.Quote(workshopTitle, 160), Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private static string Bar(int percent)
    {
        var filled = Math.Clamp(percent, 0, 100) / 10;
        return new string('■', filled) + new string('□', 10 - filled);
    }
}
