using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Initiatives ranked by votes, then the impact/effort matrix that sorts them into quadrants.</summary>
internal static class InitiativeSlides
{
    private static readonly TextStyle Detail = new(11, 0, 3, Bold: false);
    private static readonly TextStyle Last = new(11, 0, 10, Bold: false);

    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        AddRanking(deck, group);
        AddMatrix(deck, group);
    }

    private static void AddRanking(DeckBuilder deck, PreparedGroup group)
    {
        var blocks = new List<TextBlock>();
        foreach (var initiative in group.Initiatives)
        {
            blocks.Add(new TextBlock($"{initiative.Rank}. {initiative.Title}", DeckGeometry.SmallHeading));
            blocks.Add(new TextBlock(initiative.Scores, Detail));
            if (initiative.Description.Length > 0)
            {
                blocks.Add(new TextBlock(initiative.Description, Detail));
            }

            var addresses = initiative.PainPoints.Count == 0 ? "Addresses no linked pain point." : "Addresses: " + string.Join("; ", initiative.PainPoints.Select(p => p.Text));
            blocks.Add(new TextBlock(addresses, Last));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new TextBlock("No initiatives recorded.", DeckGeometry.Body));
        }

        ColumnSlides.AddFlowing(deck, $"Improvement initiatives by votes: {group.Name}", $"The initiatives {group.Name} proposed, most votes first, with the pain points each addresses.", blocks, 2, "Initiatives");
    }

    // Unrated initiatives have no place on the grid, so they get their own band below it instead of a made-up position.
    private static void AddMatrix(DeckBuilder deck, PreparedGroup group)
    {
        const double gap = 0.2;
        const double unratedBand = 1.3;
        var unrated = group.Initiatives.Where(i => !i.IsRated).ToList();
        var band = unrated.Count > 0 ? unratedBand + gap : 0;
        var width = (DeckGeometry.ContentWidthInches - gap) / 2;
        var height = (DeckGeometry.ContentHeightInches - 0.5 - gap - band) / 2;
        var left = DeckGeometry.MarginInches;
        var top = DeckGeometry.ContentTopInches;
        var rects = new List<SlideRect>
        {
            SlideRect.FromInches(left, top, width, height),
            SlideRect.FromInches(left + width + gap, top, width, height),
            SlideRect.FromInches(left, top + height + gap, width, height),
            SlideRect.FromInches(left + width + gap, top + height + gap, width, height),
        };
        var captionText = unrated.Count > 0
            ? "Left to right: effort, low to high. Top to bottom: impact, high to low. Scores of 3 or more count as high. Not yet rated: kept off the grid until scored."
            : "Left to right: effort, low to high. Top to bottom: impact, high to low. Scores of 3 or more count as high.";
        var caption = (SlideRect.FromInches(left, top + (2 * height) + gap + band + 0.05, DeckGeometry.ContentWidthInches, 0.45),
            new TextBlock(captionText, new TextStyle(11, 0, 0, false)));
        SlideColumn Quadrant(string name, bool highImpact, bool highEffort, string fill, string heading) => new(
            name,
            ColumnSlides.BulletsOrNone(
                group.Initiatives.Where(i => i.IsRated && i.HighImpact == highImpact && i.HighEffort == highEffort).Select(i => $"{i.Title} (impact {i.Impact}, effort {i.Effort}, {i.Votes} votes)"),
                DeckGeometry.SmallBullet,
                "None."),
            fill,
            heading);
        var columns = new List<SlideColumn>
        {
            Quadrant("Quick wins: high impact, low effort", true, false, DeckTheme.PaleGreen, DeckTheme.Green),
            Quadrant("Major projects: high impact, high effort", true, true, DeckTheme.Mist, DeckTheme.Navy),
            Quadrant("Fill-ins: low impact, low effort", false, false, DeckTheme.PaleAmber, DeckTheme.Amber),
            Quadrant("Thankless tasks: low impact, high effort", false, true, DeckTheme.PaleRed, DeckTheme.Red),
        };
        if (unrated.Count > 0)
        {
            rects.Add(SlideRect.FromInches(left, top + (2 * height) + (2 * gap), DeckGeometry.ContentWidthInches, unratedBand));
            columns.Add(new SlideColumn(
                "Not yet rated: impact and effort still to score",
                ColumnSlides.BulletsOrNone(unrated.Select(i => $"{i.Title} ({i.Votes} votes)"), DeckGeometry.SmallBullet, "None."),
                DeckTheme.Mist,
                DeckTheme.Ink));
        }

        ColumnSlides.AddParallel(deck, $"Impact and effort: {group.Name}", $"Where the initiatives of {group.Name} fall: start with quick wins, plan the major projects. Initiatives not yet rated are listed apart.", columns, rects, caption);
    }
}
