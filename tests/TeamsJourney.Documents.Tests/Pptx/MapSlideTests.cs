using DocumentFormat.OpenXml.Presentation;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace TeamsJourney.Documents.Tests.Pptx;

/// <summary>The journey map and blueprint slides are drawn like the tab, as shapes people can edit.</summary>
public sealed class MapSlideTests
{
    [Theory]
    [InlineData("typical")]
    [InlineData("workshop")]
    [InlineData("huge")]
    public void Each_note_is_editable_text_in_a_shape_on_a_slide_showing_its_stage(string fixture)
    {
        var report = Reports.ByName(fixture);
        using var deck = new DeckReader(Generate.Deck(report));

        foreach (var group in report.Groups)
        {
            var journey = MapSlides(deck, "Journey map", group.Name);
            var blueprint = MapSlides(deck, "Service blueprint", group.Name);
            foreach (var item in group.Items)
            {
                var slides = LaneCatalog.JourneyMapLanes.Contains(item.Lane) ? journey : blueprint;
                var full = item.Channel is null ? item.Text : $"{item.Channel} · {item.Text}";
                var found = slides.Where(s => StageHeaders(s).Contains(item.Stage)).Any(s => Notes(s).Any(text => Shows(text, item.Text) || Shows(text, full)));
                Assert.True(found, $"'{item.Text}' ({item.Lane}, {item.Stage}) is not in a note shape on a slide of its stage.");
            }
        }
    }

    [Fact]
    public void Time_and_owner_rows_are_on_the_blueprint_and_not_on_the_journey_map()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));
        var journey = MapSlides(deck, "Journey map", "Group 1").Single();
        var blueprint = MapSlides(deck, "Service blueprint", "Group 1").Single();

        Assert.DoesNotContain(LaneLabels(journey), l => l is "Time" or "Owner");
        Assert.Equal(LaneCatalog.BlueprintLanes.Select(LaneCatalog.Label), LaneLabels(blueprint));
        Assert.Equal(LaneCatalog.JourneyMapLanes.Select(LaneCatalog.Label), LaneLabels(journey));
    }

    [Fact]
    public void Blueprint_draws_the_three_lines_as_labelled_connectors_between_the_lanes_they_separate()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));
        var slide = MapSlides(deck, "Service blueprint", "Group 1").Single().Part.Slide;
        var order = slide.CommonSlideData!.ShapeTree!.ChildElements.Select(Name).ToList();

        foreach (var line in LaneCatalog.Lines)
        {
            var connector = slide.Descendants<ConnectionShape>().Single(c => c.NonVisualConnectionShapeProperties!.NonVisualDrawingProperties!.Name == line.Label);
            Assert.Contains(line.Meaning, connector.NonVisualConnectionShapeProperties!.NonVisualDrawingProperties!.Description!.Value, StringComparison.Ordinal);
            Assert.Contains(order, n => n == $"{line.Label} label");
            var at = order.IndexOf(line.Label);
            Assert.True(order.IndexOf($"Lane {LaneCatalog.Label(line.Above)}") < at && at < order.IndexOf($"Lane {LaneCatalog.Label(line.Below)}"), $"{line.Label} is not between its lanes.");
        }
    }

    [Fact]
    public void Every_card_carries_its_evidence_badge_and_its_channel()
    {
        var report = Reports.Workshop();
        using var deck = new DeckReader(Generate.Deck(report));
        var cards = deck.Slides.SelectMany(s => s.Part.Slide.Descendants<GroupShape>())
            .Where(g => Name(g).StartsWith("Card ", StringComparison.Ordinal)).ToList();

        // Customer actions are drawn twice, as on the tab: on the journey map and above the blueprint's line of interaction.
        Assert.Equal(report.Groups.Sum(g => g.Items.Count + g.Items.Count(i => i.Lane == Lane.CustomerAction)), cards.Count);
        Assert.All(cards, card =>
        {
            var texts = card.Descendants<Shape>().Select(s => s.TextBody!.InnerText).ToList();
            var description = card.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!.Description!.Value!;
            var badge = description.Contains(", fact", StringComparison.Ordinal) ? "Fact" : description.Contains(", assumption", StringComparison.Ordinal) ? "Assumption" : "Not recorded";
            Assert.Contains(badge, texts);
            if (description.Contains("channel Web", StringComparison.Ordinal))
            {
                Assert.StartsWith("Web", texts[0], StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Emotion_curve_is_drawn_in_line_with_the_stage_columns()
    {
        var report = Reports.Workshop();
        using var deck = new DeckReader(Generate.Deck(report));
        var slide = MapSlides(deck, "Journey map", "Group 1").Single().Part.Slide;
        var headers = slide.Descendants<Shape>().Where(s => Name(s).StartsWith("Stage ", StringComparison.Ordinal)).Select(Centre).ToList();
        var points = slide.Descendants<Shape>().Where(s => Name(s).StartsWith("Emotion ", StringComparison.Ordinal) && Name(s) != "Emotion label").Select(Centre).ToList();

        Assert.Equal(report.Groups[0].Stages.Count, points.Count);
        Assert.All(headers.Zip(points), pair => Assert.InRange(pair.Second - pair.First, -12_700, 12_700));
    }

    [Fact]
    public void A_dense_stage_continues_on_a_continuation_slide_with_the_same_stages()
    {
        var report = ReportBuilder.AReport().WithStages(3).WithItemsPerStage(LaneCatalog.All.Count * 6).Build();
        using var deck = new DeckReader(Generate.Deck(report));
        var slides = MapSlides(deck, "Journey map", "Group 1");

        Assert.True(slides.Count > 1, "A stage with six notes in every lane should continue on another slide.");
        Assert.All(slides, s => Assert.Equal(report.Groups[0].Stages.Select(st => st.Name), StageHeaders(s)));
        Assert.Contains("(2 of ", slides[1].Title, StringComparison.Ordinal);
    }

    internal static List<SlideView> MapSlides(DeckReader deck, string kind, string group) =>
        [.. deck.Slides.Where(s => s.Title == $"{kind}: {group}" || s.Title!.StartsWith($"{kind}: {group} (", StringComparison.Ordinal))];

    private static List<string> StageHeaders(SlideView slide) =>
        [.. slide.Part.Slide.Descendants<Shape>().Where(s => Name(s).StartsWith("Stage ", StringComparison.Ordinal)).Select(s => s.TextBody!.InnerText)];

    private static List<string> LaneLabels(SlideView slide) =>
        [.. slide.Part.Slide.Descendants<Shape>().Where(s => Name(s).StartsWith("Lane ", StringComparison.Ordinal)).Select(s => s.TextBody!.InnerText)];

    // The note's text: its last paragraph (a full card starts with a line holding the channel; a compact card,
    // in a crowded cell, is one line of channel and text).
    private static IEnumerable<string> Notes(SlideView slide) => slide.Part.Slide.Descendants<Shape>()
        .Where(s => Name(s).StartsWith("Note ", StringComparison.Ordinal))
        .Select(s => string.Concat(s.TextBody!.Elements<Drawing.Paragraph>().Last().Descendants<Drawing.Text>().Select(t => t.Text)));

    private static bool Shows(string shown, string full) =>
        shown == full || (shown.EndsWith('…') && shown.Length > 1 && full.StartsWith(shown[..^1].TrimEnd(), StringComparison.Ordinal));

    private static long Centre(Shape shape)
    {
        var transform = shape.ShapeProperties!.Transform2D!;
        return transform.Offset!.X!.Value + (transform.Extents!.Cx!.Value / 2);
    }

    private static string Name(DocumentFormat.OpenXml.OpenXmlElement element) => element switch
    {
        Shape s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!,
        GroupShape g => g.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!.Name!.Value!,
        ConnectionShape c => c.NonVisualConnectionShapeProperties!.NonVisualDrawingProperties!.Name!.Value!,
        GraphicFrame f => f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Name!.Value!,
        _ => string.Empty,
    };
}
