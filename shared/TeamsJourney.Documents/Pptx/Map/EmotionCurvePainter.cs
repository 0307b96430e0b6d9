using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Map;

/// <summary>
/// The emotion curve drawn in its own band under the stage headers, each point centred on its stage's column as in
/// the tab: a labelled dot per rated stage, lines between neighbours, a dashed neutral line. Unrated stages are gaps.
/// </summary>
internal static class EmotionCurvePainter
{
    public const double BandHeight = 0.8;
    private const double Dot = 0.24;

    public static void Draw(SlideXmlWriter slide, MapGeometry grid, IReadOnlyList<JourneyStage> stages, double top)
    {
        var readings = string.Join("; ", stages.Select(s => $"{s.Name}: {Score(s.Emotion)}"));
        slide.Shape("Emotion label", MapGeometry.Label(top, BandHeight), ShapeLook.Filled(DeckTheme.Mist),
            [new StyledText(new TextBlock("Emotion", new TextStyle(9.5, 0, 0, Bold: true)), DeckTheme.Navy), new StyledText(new TextBlock("+2 top, −2 bottom", new TextStyle(7, 0, 0, Bold: false)), DeckTheme.Ink)],
            new TextInsets(6, 3), "ctr");
        var band = MapGeometry.Band(top, BandHeight);
        slide.BeginGroup("Emotion curve", $"Emotion curve from −2 (very negative) to +2 (very positive): {readings}.", band);
        double Y(int emotion) => top + (Dot / 2) + 0.04 + ((JourneyStage.MaxEmotion - emotion) / 4.0 * (BandHeight - Dot - 0.08));
        slide.Line("Neutral line", "Neutral emotion (0)", MapGeometry.ColumnsLeft, Y(0), MapGeometry.Right, Y(0), "A6B4C2", 0.75, "dash");
        for (var s = 0; s + 1 < stages.Count; s++)
        {
            if (stages[s].Emotion is { } from && stages[s + 1].Emotion is { } to)
            {
                slide.Line($"Curve {s + 1}", $"From {stages[s].Name} ({Score(from)}) to {stages[s + 1].Name} ({Score(to)})", grid.ColumnCentre(s), Y(from), grid.ColumnCentre(s + 1), Y(to), LanePalette.Curve, 2.25);
            }
        }

        for (var s = 0; s < stages.Count; s++)
        {
            var style = new TextStyle(7, 0, 0, Bold: true);
            if (stages[s].Emotion is { } emotion)
            {
                var fill = emotion > 0 ? DeckTheme.Green : emotion < 0 ? DeckTheme.Red : "5D6D7E";
                slide.Shape($"Emotion {s + 1}", SlideRect.FromInches(grid.ColumnCentre(s) - (Dot / 2), Y(emotion) - (Dot / 2), Dot, Dot), new ShapeLook("ellipse", fill, DeckTheme.White, 1),
                    [new StyledText(new TextBlock(Score(emotion), style), DeckTheme.White, "ctr")], TextInsets.None, "ctr");
            }
            else
            {
                slide.Shape($"Emotion {s + 1}", SlideRect.FromInches(grid.ColumnCentre(s) - 0.4, Y(0) - 0.09, 0.8, 0.18), ShapeLook.Filled(DeckTheme.White),
                    [new StyledText(new TextBlock("not rated", new TextStyle(7, 0, 0, Bold: false)), DeckTheme.Ink, "ctr", Italic: true)], TextInsets.None, "ctr");
            }
        }

        slide.EndGroup();
    }

    public static string Score(int? emotion) => emotion switch
    {
        null => "not rated",
        > 0 => "+" + emotion.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-emotion.Value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
