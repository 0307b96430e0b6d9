using TeamsJourney.BotFramework.Cards;

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

    public static AdaptiveCard Ready(string workshopTitle, IReadOnlyList<(string Name, Uri Url)> links, TimeSpan? linksValidFor = null) => new()
    {
        Body =
        [
            Heading(workshopTitle),
            new TextBlock { Text = "Your documents are ready. Both are editable: the deck in PowerPoint, the report in Word.", Wrap = true },
            new FactSet { Facts = [.. links.Select(l => new Fact(l.Name.EndsWith(".pptx", StringComparison.OrdinalIgnoreCase) ? "Deck" : "Report", CardText.Quote(l.Name, 200)))] },
            .. linksValidFor is { } validFor
                ? new CardElement[]
                {
                    new TextBlock
                    {
                        Text = $"The links are signed for the person who asked and work for {(int)validFor.TotalMinutes} minutes. Everyone in the team can open the documents from the workshop's tab.",
                        Wrap = true,
                        IsSubtle = true,
                    },
                }
                : [],
        ],
        Actions = [.. links.Select(l => new OpenUrlAction { Title = "Open " + CardText.Plain(l.Name, 80), Url = l.Url })],
        FallbackText = "Documents ready: " + string.Join(", ", links.Select(l => l.Url)),
    };

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
