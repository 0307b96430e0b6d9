using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Pain points beside opportunities, each labelled with its stage.</summary>
internal static class PainPointSlides
{
    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var pains = Entries(group, Lane.PainPoint);
        var opportunities = Entries(group, Lane.Opportunity);
        ColumnSlides.AddParallel(deck, $"Pain points and opportunities: {group.Name}", $"What hurts in the journey of {group.Name}, and the openings the group saw.", [
            new SlideColumn("Pain points", ColumnSlides.BulletsOrNone(pains, DeckGeometry.SmallBullet, "No pain points recorded."), DeckTheme.PaleRed, DeckTheme.Red),
            new SlideColumn("Opportunities", ColumnSlides.BulletsOrNone(opportunities, DeckGeometry.SmallBullet, "No opportunities recorded."), DeckTheme.PaleGreen, DeckTheme.Green),
        ]);
    }

    private static IEnumerable<string> Entries(PreparedGroup group, Lane lane) =>
        group.InLane(lane).Select(item => $"{group.StageLabel(item.StageIndex)}: {item.CellText}");
}
