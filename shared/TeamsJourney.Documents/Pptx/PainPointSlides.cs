using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Pain points beside opportunities, each labelled with its stage.</summary>
internal static class PainPointSlides
{
    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var notes = new System.Text.StringBuilder($"What hurts in the journey of {group.Name}, and the openings the group saw.");
        var pains = Entries(group, Lane.PainPoint, notes);
        var opportunities = Entries(group, Lane.Opportunity, notes);
        ColumnSlides.AddParallel(deck, $"Pain points and opportunities: {group.Name}", notes.ToString(), [
            new SlideColumn("Pain points", ColumnSlides.BulletsOrNone(pains, DeckGeometry.SmallBullet, "No pain points recorded."), DeckTheme.PaleRed, DeckTheme.Red),
            new SlideColumn("Opportunities", ColumnSlides.BulletsOrNone(opportunities, DeckGeometry.SmallBullet, "No opportunities recorded."), DeckTheme.PaleGreen, DeckTheme.Green),
        ]);
    }

    /// <summary>Longest entry on the slide; a longer one is shortened here and given in full in the notes.</summary>
    public const int MaxEntryChars = 400;

    private static List<string> Entries(PreparedGroup group, Lane lane, System.Text.StringBuilder notes) =>
        [.. group.InLane(lane).Select(item =>
        {
            var entry = $"{group.StageLabel(item.StageIndex)}: {item.CellText}";
            var (shown, shortened) = TextFit.Clip(entry, MaxEntryChars);
            if (shortened)
            {
                notes.Append($"\nIn full: {entry}");
            }

            return shown;
        })];
}
