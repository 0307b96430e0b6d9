using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The impact/effort matrix as shapes: four named quadrants split at a score of 3, each rated initiative a numbered
/// chip at its (effort, impact) point (its number is its rank in the action plan). Unrated ones are listed under it.
/// </summary>
internal static class ImpactEffortMatrix
{
    private const double Left = 0.85;
    private const double Top = 1.45;
    private const double Width = 5.0;
    private const double Height = 4.6;
    private const double Chip = 0.3;
    private const int ChipsPerCell = 6;
    private static readonly TextStyle QuadrantStyle = new(8.5, 0, 0, Bold: true);
    private static readonly TextStyle AxisStyle = new(9, 0, 0, Bold: true);
    private static readonly TextStyle ChipStyle = new(9, 0, 0, Bold: true);

    private static double CellWidth => Width / Initiative.MaxScore;

    private static double CellHeight => Height / Initiative.MaxScore;

    public static void Draw(SlideXmlWriter slide, PreparedGroup group)
    {
        var rated = group.Initiatives.Where(i => i.IsRated).ToList();
        var description = rated.Count == 0
            ? "Impact/effort matrix: no initiative is rated yet."
            : "Impact/effort matrix: " + string.Join("; ", rated.Take(20).Select(i => $"{i.Rank} {i.Title} (impact {i.Impact}, effort {i.Effort}, {i.Quadrant})")) + (rated.Count > 20 ? "; the rest in the notes." : ".");
        slide.BeginGroup("Impact and effort matrix", description, SlideRect.FromInches(DeckGeometry.MarginInches, Top, Left - DeckGeometry.MarginInches + Width, Height + 0.35));
        Quadrant(slide, "Quick wins", 1, 2, 3, 5, DeckTheme.PaleGreen, DeckTheme.Green);
        Quadrant(slide, "Major projects", 3, 5, 3, 5, DeckTheme.Mist, DeckTheme.Navy);
        Quadrant(slide, "Fill-ins", 1, 2, 1, 2, DeckTheme.PaleAmber, DeckTheme.Amber);
        Quadrant(slide, "Thankless tasks", 3, 5, 1, 2, DeckTheme.PaleRed, DeckTheme.Red);
        slide.Shape("Effort axis", SlideRect.FromInches(Left, Top + Height + 0.05, Width, 0.3), ShapeLook.Filled(DeckTheme.White),
            [new StyledText(new TextBlock("Effort: low (1) → high (5)", AxisStyle), DeckTheme.Ink, "ctr")], TextInsets.None, "ctr");
        slide.Shape("Impact axis", SlideRect.FromInches(DeckGeometry.MarginInches, Top, 0.3, Height), ShapeLook.Filled(DeckTheme.White),
            [new StyledText(new TextBlock("Impact: low (1) → high (5)", AxisStyle), DeckTheme.Ink, "ctr")], TextInsets.None, "ctr", vertical: "vert270");
        foreach (var cell in rated.GroupBy(i => (i.Effort!.Value, i.Impact!.Value)))
        {
            Chips(slide, cell.Key.Item1, cell.Key.Item2, [.. cell]);
        }

        slide.EndGroup();
        var unrated = group.Initiatives.Where(i => !i.IsRated).ToList();
        var note = unrated.Count == 0
            ? "Numbers match the action plan. Scores of 3 or more count as high."
            : $"Not yet rated, so kept off the matrix: {string.Join(", ", unrated.Select(i => i.Rank.ToString(CultureInfo.InvariantCulture)))}. Numbers match the action plan.";
        slide.Shape("Not yet rated", SlideRect.FromInches(DeckGeometry.MarginInches, Top + Height + 0.4, Left - DeckGeometry.MarginInches + Width, 0.5), ShapeLook.Filled(DeckTheme.White),
            [new StyledText(new TextBlock(TextFit.Shorten(note, ((Left - DeckGeometry.MarginInches + Width) * 72) - 8, DeckGeometry.SmallBullet with { IndentPt = 0 }, 2).Text, DeckGeometry.SmallBullet with { IndentPt = 0 }), DeckTheme.Ink)], new TextInsets(4, 2));
    }

    private static double X(int effort) => Left + ((effort - 1) * CellWidth);

    private static double Y(int impact) => Top + ((Initiative.MaxScore - impact) * CellHeight);

    private static void Quadrant(SlideXmlWriter slide, string name, int effortFrom, int effortTo, int impactFrom, int impactTo, string fill, string text)
    {
        var rect = SlideRect.FromInches(X(effortFrom), Y(impactTo), (effortTo - effortFrom + 1) * CellWidth, (impactTo - impactFrom + 1) * CellHeight);
        slide.Shape(name, rect, new ShapeLook("rect", fill, DeckTheme.White, 1.5), [new StyledText(new TextBlock(name, QuadrantStyle), text)], new TextInsets(5, 4));
    }

    // Initiatives with the same scores sit side by side in their cell, up to six; a "+n" chip counts the rest.
    private static void Chips(SlideXmlWriter slide, int effort, int impact, IReadOnlyList<PreparedInitiative> initiatives)
    {
        var shown = initiatives.Count > ChipsPerCell ? ChipsPerCell - 1 : initiatives.Count;
        var labels = initiatives.Take(shown).Select(i => i.Rank.ToString(CultureInfo.InvariantCulture)).ToList();
        if (shown < initiatives.Count)
        {
            labels.Add($"+{initiatives.Count - shown}");
        }

        var perRow = Math.Min(3, labels.Count);
        var rows = (labels.Count + 2) / 3;
        for (var k = 0; k < labels.Count; k++)
        {
            var cx = X(effort) + (CellWidth / 2) + (((k % 3) - ((perRow - 1) / 2.0)) * (Chip + 0.02));
            var cy = Y(impact) + (CellHeight / 2) + 0.08 + (((k / 3) - ((rows - 1) / 2.0)) * (Chip + 0.02));
            slide.Shape($"Initiative {labels[k]}", SlideRect.FromInches(cx - (Chip / 2), cy - (Chip / 2), Chip, Chip), new ShapeLook("ellipse", DeckTheme.Navy, DeckTheme.White, 1),
                [new StyledText(new TextBlock(labels[k], ChipStyle), DeckTheme.White, "ctr")], TextInsets.None, "ctr");
        }
    }
}
