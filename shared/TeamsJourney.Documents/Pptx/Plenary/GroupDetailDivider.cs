using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// Once the deck has opened with the consolidated map, each group's own map and plan is detail: a divider says so
/// before the groups' sections, so a presenter knows where the workshop story ends.
/// </summary>
internal static class GroupDetailDivider
{
    public const string Title = "Group by group: each group's own map and plan";

    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        deck.StartSection("Group detail");
        deck.AddSlide(SlideLayoutKind.SectionHeader, "From here on: each group's own journey map, blueprint and initiatives, as the group left them. The consolidated map before this was made from them; they were not changed by it.", (slide, _) =>
        {
            slide.Title(Title, "title", PresentationParts.SectionTitleRect);
            var style = new TextStyle(16, 0, 0, false);
            var groups = TextFit.Shorten($"{string.Join(", ", report.Groups.Select(g => g.Name))}: their maps as they left them.", PresentationParts.SectionTextRect.Width.ToPoints().Value - 20, style, 2).Text;
            slide.Placeholder("Section text", "body", 1, [new TextBlock(groups, style)], PresentationParts.SectionTextRect);
        });
    }
}
