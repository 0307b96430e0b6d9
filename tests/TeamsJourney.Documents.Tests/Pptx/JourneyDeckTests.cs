using DocumentFormat.OpenXml.Drawing.Charts;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using P = DocumentFormat.OpenXml.Presentation;

namespace TeamsJourney.Documents.Tests.Pptx;

public sealed class JourneyDeckTests
{
    [Fact]
    public void Every_slide_has_a_title_placeholder_with_text()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Typical()));

        Assert.All(deck.Slides, slide => Assert.False(string.IsNullOrWhiteSpace(slide.Title)));
    }

    [Fact]
    public void Slide_titles_are_unique_so_screen_reader_users_can_tell_slides_apart()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Typical()));

        Assert.Equal(deck.Slides.Count, deck.Slides.Select(s => s.Title).Distinct().Count());
    }

    [Fact]
    public void Deck_is_widescreen_16_by_9()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Small()));
        var size = deck.Document.PresentationPart!.Presentation.SlideSize!;

        Assert.Equal(16.0 / 9.0, size.Cx!.Value / (double)size.Cy!.Value, 2);
    }

    [Fact]
    public void Deck_follows_the_workshop_story()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Small()));
        var titles = deck.Slides.Select(s => s.Title!).ToList();

        string[] expectedOrder = ["Report a missed bin collection", "Summary: ", "Persona: ", "Journey map: ", "Service blueprint: ", "Initiatives and action plan: ", "Appendix: detail", "Emotion curve: ", "Pain points and opportunities: ", "Initiative details: ", "Appendix: evidence"];
        var positions = expectedOrder.Select(prefix => titles.FindIndex(t => t.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Every_table_chart_and_shape_without_text_has_alt_text()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Typical()));
        var presentation = deck.Document.PresentationPart!;
        var roots = presentation.SlideParts.Select(s => (DocumentFormat.OpenXml.OpenXmlPartRootElement)s.Slide)
            .Concat(presentation.SlideMasterParts.Select(m => m.SlideMaster));

        var frames = roots.SelectMany(r => r.Descendants<P.GraphicFrame>()).Select(f => f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!).ToList();
        var bareShapes = roots.SelectMany(r => r.Descendants<P.Shape>()).Where(s => s.TextBody is null).Select(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!).ToList();

        Assert.NotEmpty(frames);
        Assert.All(frames.Concat(bareShapes), properties => Assert.False(string.IsNullOrWhiteSpace(properties.Description?.Value), $"'{properties.Name}' has no alt text."));
    }

    [Fact]
    public void Every_slide_has_speaker_notes_and_the_title_slide_carries_the_facilitator_context()
    {
        var report = Reports.Typical();
        using var deck = new DeckReader(Generate.Deck(report));

        Assert.All(deck.Slides, slide => Assert.False(string.IsNullOrWhiteSpace(slide.Notes)));
        Assert.Contains(report.FacilitatorNotes, deck.Slides[0].Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_group_gets_an_editable_line_chart_of_its_emotion_curve()
    {
        var report = Reports.Typical();
        using var deck = new DeckReader(Generate.Deck(report));
        var charts = deck.Document.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts).ToList();

        Assert.Equal(report.Groups.Count, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.NotNull(chart.ChartSpace.Descendants<LineChart>().SingleOrDefault());
            Assert.NotNull(chart.EmbeddedPackagePart);
        });
    }

    [Fact]
    public void Emotion_chart_workbook_holds_the_stage_names_and_scores()
    {
        var report = Reports.Small();
        using var deck = new DeckReader(Generate.Deck(report));
        var chart = deck.Document.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts).Single();
        using var data = new MemoryStream();
        using (var embedded = chart.EmbeddedPackagePart!.GetStream())
        {
            embedded.CopyTo(data);
        }

        using var workbook = SpreadsheetDocument.Open(data, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;

        Assert.All(report.Groups[0].Stages, stage => Assert.Contains(stage.Name, cells, StringComparison.Ordinal));
        Assert.Equal(report.Groups[0].Stages.Count(s => s.Emotion is not null), chart.ChartSpace.Descendants<NumericPoint>().Count());
    }

    [Fact]
    public void Every_map_note_appears_on_a_slide_in_full_or_shortened_with_its_full_text_in_that_slides_notes()
    {
        var report = Reports.Typical();
        using var deck = new DeckReader(Generate.Deck(report));
        var slides = deck.Slides.Select(s => (Text: Squash(s.Text), Notes: Squash(s.Notes))).ToList();

        Assert.All(report.Groups.SelectMany(g => g.Items), item =>
        {
            var text = Squash(item.Text);
            Assert.Contains(slides, s => s.Text.Contains(text, StringComparison.Ordinal) || (s.Notes.Contains(text, StringComparison.Ordinal) && s.Text.Contains(text[..20], StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void A_10000_character_note_is_shortened_on_its_card_and_kept_whole_in_the_slide_notes()
    {
        var report = ReportBuilder.AReport().WithStages(2).WithItemsPerStage(1).WithItemText(_ => HostileText.LongAnswer).Build();
        using var deck = new DeckReader(Generate.Deck(report));
        var mapSlides = deck.Slides.Where(s => s.Title!.StartsWith("Journey map:", StringComparison.Ordinal)).ToList();

        var slide = Assert.Single(mapSlides);
        Assert.Contains("…", slide.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squash(HostileText.LongAnswer), Squash(slide.Text), StringComparison.Ordinal);
        Assert.Contains(Squash(HostileText.LongAnswer), Squash(slide.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_keeps_right_to_left_text_and_emoji_and_drops_control_characters()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Hostile()));
        var text = deck.AllSlideText;

        Assert.Contains(HostileText.RightToLeft, text, StringComparison.Ordinal);
        Assert.Contains(HostileText.Arabic, text, StringComparison.Ordinal);
        Assert.Contains(HostileText.Emoji, text, StringComparison.Ordinal);
        Assert.Contains(HostileText.Markup, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', text);
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        new TeamsJourney.Documents.Pptx.JourneyDeck().Write(Reports.Small(), forwardOnly);

        OpenXmlAssert.Valid(target.ToArray(), DocumentKind.Deck);
    }

    internal static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
