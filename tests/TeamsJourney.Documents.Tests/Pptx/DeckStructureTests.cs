using DocumentFormat.OpenXml.Presentation;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace TeamsJourney.Documents.Tests.Pptx;

/// <summary>The deck as a director receives it: a summary first, the main story short, the detail in an appendix.</summary>
public sealed class DeckStructureTests
{
    [Fact]
    public void Main_deck_of_an_MVP_sized_workshop_is_at_most_15_slides_before_the_appendix()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));

        Assert.InRange(MainSlides(deck), 1, 15);
    }

    [Fact]
    public void One_9900_character_entry_adds_at_most_one_slide()
    {
        var report = Reports.Workshop();
        var group = report.Groups[0];
        var longer = report with { Groups = [group with { Items = [group.Items[0] with { Text = new string('x', 40) + " " + string.Concat(Enumerable.Repeat("A resident waits in all day. ", 340))[..9_859] }, .. group.Items.Skip(1)] }, .. report.Groups.Skip(1)] };
        Assert.Equal(9_900, longer.Groups[0].Items[0].Text.Length);

        using var before = new DeckReader(Generate.Deck(report));
        using var after = new DeckReader(Generate.Deck(longer));

        Assert.InRange(after.Slides.Count - before.Slides.Count, 0, 1);
        Assert.InRange(MainSlides(after) - MainSlides(before), 0, 1);
    }

    [Fact]
    public void Summary_slide_comes_second_with_scenario_objectives_pain_points_evidence_strength_and_initiatives()
    {
        var report = Reports.Workshop();
        using var deck = new DeckReader(Generate.Deck(report));
        var summary = deck.Slides[1];
        var items = report.Groups.SelectMany(g => g.Items).ToList();
        var percent = Math.Round(items.Count(i => i.Evidence?.Kind == EvidenceKind.Fact) * 100.0 / items.Count);

        Assert.StartsWith("Summary: ", summary.Title, StringComparison.Ordinal);
        Assert.Contains("Report a missed bin collection", summary.Text, StringComparison.Ordinal);
        Assert.Contains(report.Objectives[0], summary.Text, StringComparison.Ordinal);
        Assert.Contains($"{percent}% of notes are backed by a fact", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Top pain points", summary.Text, StringComparison.Ordinal);
        var top = report.Groups.SelectMany(g => g.Initiatives).MaxBy(i => i.Votes)!;
        Assert.Contains(top.Title, summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_a_group_did_not_reach_are_said_once_on_the_summary_and_get_no_empty_slides()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Unfinished()));
        var summary = deck.Slides[1].Text;

        Assert.Contains("Not reached yet", summary, StringComparison.Ordinal);
        Assert.Contains("Group 2: emotion curve, service blueprint, initiatives", summary, StringComparison.Ordinal);
        Assert.Contains("Group 3: journey map, emotion curve, service blueprint, initiatives", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(deck.Slides, s => s.Title!.Contains("Group 3", StringComparison.Ordinal));
        Assert.DoesNotContain(deck.Slides, s => s.Title!.StartsWith("Service blueprint: Group 2", StringComparison.Ordinal));
        Assert.DoesNotContain(deck.Slides, s => s.Title == "Persona: Persona of Group 3");
        Assert.DoesNotContain(deck.Slides, s => s.Text.Contains("None.", StringComparison.Ordinal));
    }

    [Fact]
    public void Action_plan_shows_agreed_owner_date_and_measure_and_says_not_agreed_yet_otherwise()
    {
        var report = Reports.Small();
        var group = report.Groups[0];
        var agreed = new Initiative("Text residents when the crew returns", "SMS on rebooking.", [], 12, 4, 2, new ActionPlan("Waste services lead", new DateOnly(2026, 6, 30), "Repeat reports down 30%"));
        var withPlan = report with { Groups = [group with { Initiatives = [.. group.Initiatives, agreed] }] };
        using var deck = new DeckReader(Generate.Deck(withPlan));
        var plan = deck.Slides.Single(s => s.Title!.StartsWith("Initiatives and action plan", StringComparison.Ordinal)).Text;

        Assert.Contains("Owner: Waste services lead", plan, StringComparison.Ordinal);
        Assert.Contains("Due: 30 Jun 2026", plan, StringComparison.Ordinal);
        Assert.Contains("Measure: Repeat reports down 30%", plan, StringComparison.Ordinal);
        Assert.Contains("Not agreed yet", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_group_connector_picture_and_chart_has_alt_text()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));
        var slides = deck.Slides.Select(s => s.Part.Slide).ToList();
        var properties = slides.SelectMany(s => s.Descendants<GroupShape>().Select(g => g.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!))
            .Concat(slides.SelectMany(s => s.Descendants<ConnectionShape>().Select(c => c.NonVisualConnectionShapeProperties!.NonVisualDrawingProperties!)))
            .Concat(slides.SelectMany(s => s.Descendants<Picture>().Select(p => p.NonVisualPictureProperties!.NonVisualDrawingProperties!)))
            .Concat(slides.SelectMany(s => s.Descendants<GraphicFrame>().Select(f => f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!)))
            .ToList();

        Assert.True(properties.Count > 100, $"Expected the map's drawings, found {properties.Count}.");
        Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value), $"'{p.Name}' has no alt text."));
    }

    [Fact]
    public void Title_is_the_first_thing_a_screen_reader_reads_on_every_slide()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));

        Assert.All(deck.Slides, slide =>
        {
            var first = slide.Part.Slide.CommonSlideData!.ShapeTree!.Elements<Shape>().First();
            var type = first.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Type?.Value;
            Assert.True(type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle, $"'{slide.Title}' does not start with its title.");
            Assert.Same(first, slide.Part.Slide.CommonSlideData.ShapeTree.ChildElements.First(e => e is Shape or GroupShape or GraphicFrame or ConnectionShape));
        });
    }

    [Fact]
    public void Deck_is_divided_into_named_sections_ending_with_the_appendix()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Workshop()));
        var sections = deck.Document.PresentationPart!.Presentation.Descendants<DocumentFormat.OpenXml.Office2010.PowerPoint.Section>().Select(s => s.Name!.Value).ToList();

        Assert.Equal(["Summary", "Personas", "Group 1", "Group 2", "Group 3", "Appendix"], sections);
    }

    [Fact]
    public void Theme_uses_one_font_that_Office_ships_and_LibreOffice_matches_metrically()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Small()));
        var theme = deck.Document.PresentationPart!.ThemePart!.Theme;
        var fonts = theme.ThemeElements!.FontScheme!;

        Assert.Equal("Arial", fonts.MajorFont!.LatinFont!.Typeface!.Value);
        Assert.Equal("Arial", fonts.MinorFont!.LatinFont!.Typeface!.Value);
        Assert.DoesNotContain(deck.Slides.SelectMany(s => s.Part.Slide.Descendants<Drawing.LatinFont>()), f => f.Typeface?.Value is not ("+mn-lt" or "+mj-lt"));
    }

    [Fact]
    public void Master_offers_layouts_with_real_placeholders()
    {
        using var deck = new DeckReader(Generate.Deck(Reports.Small()));
        var layouts = deck.Document.PresentationPart!.SlideMasterParts.Single().SlideLayoutParts.Select(l => l.SlideLayout).ToList();

        Assert.Equal(3, layouts.Count);
        Assert.All(layouts, layout => Assert.Contains(layout.Descendants<PlaceholderShape>(), p => p.Type?.Value is { } t && (t == PlaceholderValues.Title || t == PlaceholderValues.CenteredTitle)));
        Assert.Contains(layouts, l => l.Descendants<PlaceholderShape>().Any(p => p.Type?.Value == PlaceholderValues.Body));
    }

    private static int MainSlides(DeckReader deck) => deck.Slides.TakeWhile(s => !s.Title!.StartsWith("Appendix", StringComparison.Ordinal)).Count();
}
