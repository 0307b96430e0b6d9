using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>The opening slide: workshop title, date and what the deck covers; the facilitator's notes as speaker notes.</summary>
internal static class TitleSlide
{
    public static readonly SlideRect TitleRect = SlideRect.FromInches(1, 1.8, 11.333, 2.2);
    public static readonly SlideRect SubtitleRect = SlideRect.FromInches(1, 4.2, 11.333, 1.6);

    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        var subtitle = $"Customer journey mapping workshop · {report.DateText}";
        var scope = $"{report.Groups.Count} group{(report.Groups.Count == 1 ? string.Empty : "s")} · {report.Personas.Count} persona{(report.Personas.Count == 1 ? string.Empty : "s")}";
        var stakeholders = report.Stakeholders.Count == 0 ? "Stakeholders not recorded" : "With " + string.Join(", ", report.Stakeholders);
        var (stakeholderLine, _) = TextFit.Shorten(stakeholders, (SubtitleRect.Width.ToPoints().Value) - 20, new TextStyle(14, 0, 0, false), 2);
        var notes = $"Welcome and context for {report.Title}.\n{stakeholders}.\n{report.FacilitatorNotes}";
        deck.AddSlide(SlideLayoutKind.TitleSlide, notes, (slide, _) =>
        {
            slide.Title(report.Title, "ctrTitle", TitleRect, DeckGeometry.CoverTitleSizes);
            slide.Placeholder("Subtitle", "subTitle", 1, [
                new TextBlock(subtitle, new TextStyle(20, 0, 6, false)),
                new TextBlock(scope, new TextStyle(16, 0, 6, false)),
                new TextBlock(stakeholderLine, new TextStyle(14, 0, 0, false)),
            ]);
        });
    }
}
