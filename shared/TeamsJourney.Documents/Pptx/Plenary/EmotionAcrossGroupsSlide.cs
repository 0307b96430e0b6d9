using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Pptx.Map;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// The emotion curve of every group and the workshop mean under the workshop's stage columns, with the readings in a
/// table below (the accessible alternative, and where the groups' colours are named). Each group's line has its own
/// colour and dash so the lines are told apart without colour; the mean is the heavy navy line with labelled points.
/// </summary>
internal static class EmotionAcrossGroupsSlide
{
    public const string Title = "Emotion across groups";
    private static readonly string[] Colours = [DeckTheme.Blue, DeckTheme.Amber, "6B3FA0", DeckTheme.Green, DeckTheme.Red, "0F766E"];
    private static readonly string?[] Dashes = ["dash", "sysDot", "lgDash", "dashDot", "sysDash", "lgDashDot"];
    private const double Dot = 0.26;
    private const double PlotTop = 1.45;

    // More group rows than this would squeeze the plot off the slide; their readings stay in the notes and the report.
    private const int MaxGroupRows = 8;

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        var stages = plenary.Stages;
        var grid = new MapGeometry(Math.Max(1, stages.Count));
        var table = Table(plenary, grid);
        var tableHeight = table.Sum(r => r.Height.ToPoints().Value) / 72;
        var tableTop = DeckGeometry.ContentBottomInches - tableHeight;
        var plotHeight = Math.Max(1.2, tableTop - 0.2 - PlotTop);
        var notes = "How the customer feels stage by stage in each group's journey, and the workshop mean (the heavy line). Where the groups disagree most is worth a conversation; the lowest points of the mean are the first places to improve.\n"
            + string.Join("\n", stages.Select(s => $"{s.Name}: mean {PreparedPlenary.Score(s.MeanEmotion)}; " + string.Join(", ", plenary.Groups.Select((g, i) => $"{g} {PreparedPlenary.Score(s.EmotionByGroup[i])}"))));
        deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
        {
            slide.Title($"{Title}: the workshop mean and each group");
            Plot(slide, plenary, grid, plotHeight);
            var columns = new[] { MapGeometry.LabelWidth + MapGeometry.RowGap }.Concat(Enumerable.Repeat(grid.ColumnWidth, stages.Count)).Select(Units.Emu.FromInches).ToList();
            slide.Table("Emotion readings", "Emotion per stage for each group and the workshop mean, from −2 (very negative) to +2 (very positive).",
                Units.Emu.FromInches(MapGeometry.LabelLeft), Units.Emu.FromInches(tableTop), columns, table);
        });
    }

    private static void Plot(SlideXmlWriter slide, PreparedPlenary plenary, MapGeometry grid, double height)
    {
        var stages = plenary.Stages;
        double Y(double emotion) => PlotTop + (Dot / 2) + 0.04 + ((JourneyStage.MaxEmotion - emotion) / 4.0 * (height - Dot - 0.08));
        slide.Shape("Emotion scale", MapGeometry.Label(PlotTop, height), ShapeLook.Filled(DeckTheme.Mist),
            [new StyledText(new TextBlock("Emotion", new TextStyle(9.5, 0, 0, Bold: true)), DeckTheme.Navy), new StyledText(new TextBlock("+2 top, −2 bottom; the heavy line is the mean", new TextStyle(7.5, 0, 0, Bold: false)), DeckTheme.Ink)],
            new TextInsets(6, 3), "ctr");
        var readings = string.Join("; ", stages.Select(s => $"{s.Name}: mean {PreparedPlenary.Score(s.MeanEmotion)}"));
        slide.BeginGroup("Emotion curves", $"Emotion curves of {plenary.Groups.Count} groups and their mean: {readings}.", MapGeometry.Band(PlotTop, height));
        slide.Shape("Plot area", MapGeometry.Band(PlotTop, height), new ShapeLook("rect", DeckTheme.White, "D5DBE1", 0.75), [], TextInsets.None, description: "Plot area.");
        slide.Line("Neutral line", "Neutral emotion (0)", MapGeometry.ColumnsLeft, Y(0), MapGeometry.Right, Y(0), "A6B4C2", 0.75, "dash");
        for (var g = 0; g < plenary.Groups.Count; g++)
        {
            var colour = Colours[g % Colours.Length];
            for (var s = 0; s + 1 < stages.Count; s++)
            {
                if (stages[s].EmotionByGroup[g] is { } from && stages[s + 1].EmotionByGroup[g] is { } to)
                {
                    slide.Line($"{plenary.Groups[g]} {s + 1}", $"{plenary.Groups[g]}: from {stages[s].Name} ({PreparedPlenary.Score(from)}) to {stages[s + 1].Name} ({PreparedPlenary.Score(to)})",
                        grid.ColumnCentre(s), Y(from), grid.ColumnCentre(s + 1), Y(to), colour, 1.5, Dashes[g % Dashes.Length]);
                }
            }
        }

        for (var s = 0; s + 1 < stages.Count; s++)
        {
            if (stages[s].MeanEmotion is { } from && stages[s + 1].MeanEmotion is { } to)
            {
                slide.Line($"Mean {s + 1}", $"Mean: from {stages[s].Name} ({PreparedPlenary.Score(from)}) to {stages[s + 1].Name} ({PreparedPlenary.Score(to)})",
                    grid.ColumnCentre(s), Y(from), grid.ColumnCentre(s + 1), Y(to), DeckTheme.Navy, 3.5);
            }
        }

        for (var s = 0; s < stages.Count; s++)
        {
            if (stages[s].MeanEmotion is { } mean)
            {
                var fill = mean > 0 ? DeckTheme.Green : mean < 0 ? DeckTheme.Red : "5D6D7E";
                slide.Shape($"Mean {s + 1} point", SlideRect.FromInches(grid.ColumnCentre(s) - (Dot * 0.8), Y(mean) - (Dot / 2), Dot * 1.6, Dot), new ShapeLook("roundRect", fill, DeckTheme.White, 1),
                    [new StyledText(new TextBlock(PreparedPlenary.Score(mean), new TextStyle(7, 0, 0, Bold: true)), DeckTheme.White, "ctr")], TextInsets.None, "ctr");
            }
        }

        slide.EndGroup();
    }

    private static List<TableRowSpec> Table(PreparedPlenary plenary, MapGeometry grid)
    {
        var style = new TextStyle(8.5, 0, 0, Bold: false);
        var bold = style with { Bold = true };
        var labelWidth = ((MapGeometry.LabelWidth + MapGeometry.RowGap) * 72) - 14.4;
        var cellWidth = (grid.ColumnWidth * 72) - 14.4;
        var rows = new List<TableRowSpec>();
        void Row(List<TableCellSpec> cells)
        {
            var height = cells.Select((c, i) => TextFlow.Measure(c.Blocks, i == 0 ? labelWidth : cellWidth)).Max() + 7.2 + 1;
            rows.Add(new TableRowSpec(Units.Emu.FromPoints(new Units.Points(height)), cells));
        }

        Row([new([new TextBlock("Stage", bold)], DeckTheme.Navy, DeckTheme.White), .. plenary.Stages.Select(s => new TableCellSpec([new TextBlock(TextFit.Shorten(s.Name, cellWidth, bold, 2).Text, bold)], DeckTheme.Navy, DeckTheme.White))]);
        for (var g = 0; g < Math.Min(plenary.Groups.Count, MaxGroupRows); g++)
        {
            var name = TextFit.Shorten($"{plenary.Groups[g]} ({LineName(g)})", labelWidth, bold, 2).Text;
            Row([new([new TextBlock(name, bold)], null, Colours[g % Colours.Length]), .. plenary.Stages.Select(s => new TableCellSpec([new TextBlock(PreparedPlenary.Score(s.EmotionByGroup[g]), style)]))]);
        }

        if (plenary.Groups.Count > MaxGroupRows)
        {
            var rest = plenary.Groups.Count - MaxGroupRows;
            Row([new([new TextBlock(TextFit.Shorten($"{rest} more groups: readings in the notes and the report", labelWidth, style, 3).Text, style)], null, DeckTheme.Ink, Italic: true), .. plenary.Stages.Select(_ => new TableCellSpec([]))]);
        }

        Row([new([new TextBlock("Workshop mean (heavy line)", bold)], DeckTheme.Mist, DeckTheme.Navy), .. plenary.Stages.Select(s => new TableCellSpec([new TextBlock(PreparedPlenary.Score(s.MeanEmotion), bold)], DeckTheme.Mist, DeckTheme.Navy))]);
        return rows;
    }

    private static string LineName(int group) => (group % Dashes.Length) switch
    {
        0 => "dashed",
        1 => "dotted",
        2 => "long dashes",
        3 => "dash-dot",
        4 => "short dashes",
        _ => "long dash-dot",
    };

    internal static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
