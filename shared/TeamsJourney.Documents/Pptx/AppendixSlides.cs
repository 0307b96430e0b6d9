using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The appendix: a divider, then per group the detail the main slides summarise (the editable emotion chart, pain
/// points and opportunities in full, initiatives in full), then the evidence behind every note. Parts a group did
/// not reach are left out; the summary slide already said so.
/// </summary>
internal static class AppendixSlides
{
    public const string Title = "Appendix";

    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        deck.AddSlide(SlideLayoutKind.SectionHeader, "From here on: the detail behind the main slides, group by group, and the evidence behind every note.", (slide, _) =>
        {
            slide.Title($"{Title}: detail by group and evidence", "title", PresentationParts.SectionTitleRect);
            var groups = TextFit.Shorten($"{string.Join(", ", report.Groups.Select(g => g.Name))}; evidence behind every note.", PresentationParts.SectionTextRect.Width.ToPoints().Value - 20, new TextStyle(16, 0, 0, false), 2).Text;
            slide.Placeholder("Section text", "body", 1, [new TextBlock(groups, new TextStyle(16, 0, 0, false))], PresentationParts.SectionTextRect);
        });
        foreach (var group in report.Groups)
        {
            if (group.ReachedEmotion())
            {
                EmotionChart.Add(deck, group);
            }

            if (group.HasItemsIn([Lane.PainPoint, Lane.Opportunity]))
            {
                PainPointSlides.Add(deck, group);
            }

            if (group.ReachedInitiatives())
            {
                InitiativeDetailSlides.Add(deck, group);
            }
        }

        if (report.Groups.Any(g => g.Items.Count > 0))
        {
            EvidenceAppendix.Add(deck, report);
        }
    }
}
