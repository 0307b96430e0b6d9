using System.Globalization;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The one slide a director reads first: what was looked at and why (scenario, objectives), what hurts most and how
/// well it is evidenced, which initiatives got the most votes, and which parts groups did not reach (said once).
/// </summary>
internal static class SummarySlide
{
    public const string Title = "Summary";
    private const int TopPainPoints = 5;
    private const int TopInitiatives = 3;
    private const int MaxEntries = 4;
    private static readonly TextStyle Heading = new(12, 0, 0, Bold: true);
    private static readonly TextStyle Entry = new(10, 0, 2, Bold: false);
    private static readonly TextStyle Detail = new(8.5, 0, 0, Bold: false);
    private static readonly TextInsets Insets = new(6, 4);

    public static void Add(DeckBuilder deck, PreparedReport report)
    {
        var notes = $"The workshop on one slide. Pain points are ranked by the votes of the initiatives that address them; evidence strength is the share of notes backed by a fact.\n{report.FacilitatorNotes}";
        deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
        {
            slide.Title($"{Title}: {report.Title}");
            var left = new ColumnCursor(slide, DeckGeometry.MarginInches, 5.9, DeckGeometry.ContentTopInches, DeckGeometry.ContentBottomInches);
            Scenario(left, report);
            Objectives(left, report);
            NotReached(left, report);
            Initiatives(left, report);
            var right = new ColumnCursor(slide, 6.75, 13.333 - 6.75 - DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, DeckGeometry.ContentBottomInches);
            EvidenceStrength(slide, right, report);
            PainPoints(right, report);
        });
    }

    private static void HeadingPanel(ColumnCursor column, string text) =>
        column.TryPanel(text, [new StyledText(new TextBlock(text, Heading), DeckTheme.White)], ShapeLook.Filled(DeckTheme.Navy), new TextInsets(6, 3));

    private static void Scenario(ColumnCursor column, PreparedReport report)
    {
        HeadingPanel(column, report.Groups.Count == 1 ? "Scenario" : "Scenarios");
        var lines = report.Groups.Select(g =>
            $"{g.Name}{(g.Scenario is null ? string.Empty : ": " + g.Scenario)} · {g.Stages.Count} stages, {g.Items.Count} notes, {g.Initiatives.Count} initiatives").ToList();
        Entries(column, "Scenario", lines.Count == 0 ? ["No breakout group has worked on a map yet."] : lines, DeckTheme.Mist, "the report");
    }

    private static void Objectives(ColumnCursor column, PreparedReport report)
    {
        HeadingPanel(column, "Objectives");
        Entries(column, "Objective", report.Objectives.Count == 0 ? ["No objectives were recorded."] : report.Objectives, DeckTheme.Mist, "the report");
    }

    private static void NotReached(ColumnCursor column, PreparedReport report)
    {
        var gaps = report.Groups.Where(g => g.MissingParts().Count > 0).Select(g => $"{g.Name}: {string.Join(", ", g.MissingParts())}").ToList();
        gaps.AddRange(report.Personas.Where(p => p.IsBlank).Select(p => $"{p.Name}: nothing recorded beyond the persona's name"));
        if (gaps.Count > 0)
        {
            HeadingPanel(column, "Not reached yet");
            Entries(column, "Not reached", gaps, DeckTheme.PaleAmber, "the report");
        }
    }

    // Strength is the share of notes with a fact behind them: a map of untested assumptions is a research plan, not findings.
    private static void EvidenceStrength(SlideXmlWriter slide, ColumnCursor column, PreparedReport report)
    {
        var items = report.Groups.Sum(g => g.Items.Count);
        var facts = report.Groups.Sum(g => g.FactCount);
        var pains = report.Groups.SelectMany(g => g.InLane(Lane.PainPoint)).ToList();
        var painFacts = pains.Count(p => p.Kind == EvidenceKind.Fact);
        HeadingPanel(column, "Evidence strength");
        var text = items == 0
            ? "No notes on the maps yet."
            : $"{Percent(facts, items)} of notes are backed by a fact ({facts} of {items}); pain points {Percent(painFacts, pains.Count)} ({painFacts} of {pains.Count}). The rest are assumptions to test or not recorded.";
        var barTop = column.Y;
        column.Skip(0.2);
        column.TryPanel("Evidence strength text", [new StyledText(new TextBlock(text, Entry), DeckTheme.Ink)], ShapeLook.Filled(DeckTheme.White), Insets);
        var share = items == 0 ? 0 : facts / (double)items;
        slide.Shape("Evidence bar", SlideRect.FromInches(column.Left, barTop, column.Width, 0.16), new ShapeLook("rect", LanePalette.AssumptionFill, LanePalette.AssumptionText, 0.5), [], TextInsets.None,
            description: $"Bar: {Percent(facts, items)} of notes are fact-backed.");
        if (share > 0)
        {
            slide.Shape("Evidence bar facts", SlideRect.FromInches(column.Left, barTop, column.Width * share, 0.16), ShapeLook.Filled(DeckTheme.Green), [], TextInsets.None,
                description: "Fact-backed share of the bar.");
        }
    }

    private static void PainPoints(ColumnCursor column, PreparedReport report)
    {
        var ranked = report.RankedPainPoints();
        HeadingPanel(column, "Top pain points");
        var shown = 0;
        foreach (var (group, pain, votes) in ranked.Take(TopPainPoints))
        {
            var badge = pain.Kind switch { EvidenceKind.Fact => "Fact", EvidenceKind.Assumption => "Assumption", _ => "Evidence not recorded" };
            var (text, _) = TextFit.Shorten(pain.Text, (column.Width * 72) - 12, Entry, 2);
            var detail = $"{badge} · {group.Name}, {group.StageLabel(pain.StageIndex)} · {votes} vote{(votes == 1 ? string.Empty : "s")} for initiatives addressing it";
            if (!column.TryPanel($"Pain point {shown + 1}", [new StyledText(new TextBlock(text, Entry), DeckTheme.Ink), new StyledText(new TextBlock(detail, Detail), LanePalette.Of(Lane.PainPoint).StrongHex)],
                new ShapeLook("rect", LanePalette.Of(Lane.PainPoint).PaleHex, LanePalette.Of(Lane.PainPoint).StrongHex, 1.25), Insets))
            {
                break;
            }

            shown++;
        }

        More(column, ranked.Count == 0 ? "No pain points recorded yet." : null, ranked.Count - shown, "pain points");
    }

    private static void Initiatives(ColumnCursor column, PreparedReport report)
    {
        var ranked = report.RankedInitiatives();
        HeadingPanel(column, "Top-voted initiatives");
        var shown = 0;
        foreach (var (group, initiative) in ranked.Take(TopInitiatives))
        {
            var (text, _) = TextFit.Shorten(initiative.Title, (column.Width * 72) - 12, Entry, 2);
            var detail = $"{initiative.Votes} vote{(initiative.Votes == 1 ? string.Empty : "s")} · {initiative.Quadrant ?? "impact and effort not yet rated"} · {group.Name} · owner {initiative.Owner}";
            if (!column.TryPanel($"Initiative {shown + 1}", [new StyledText(new TextBlock(text, Entry), DeckTheme.Ink), new StyledText(new TextBlock(detail, Detail), LanePalette.Of(Lane.Opportunity).StrongHex)],
                new ShapeLook("rect", LanePalette.Of(Lane.Opportunity).PaleHex, LanePalette.Of(Lane.Opportunity).StrongHex, 1.25), Insets))
            {
                break;
            }

            shown++;
        }

        More(column, ranked.Count == 0 ? "No initiatives proposed yet." : null, ranked.Count - shown, "initiatives");
    }

    // One panel per list, a paragraph per entry: the summary has little room and every gap between panels costs some.
    private static void Entries(ColumnCursor column, string name, IReadOnlyList<string> entries, string fill, string where)
    {
        var style = Entry with { SpaceAfterPt = 4 };
        var paragraphs = entries.Take(MaxEntries)
            .Select(e => new StyledText(new TextBlock(TextFit.Shorten(e, (column.Width * 72) - 12, style, 2).Text, style), DeckTheme.Ink))
            .ToList();
        if (entries.Count > MaxEntries)
        {
            paragraphs.Add(new StyledText(new TextBlock($"{entries.Count - MaxEntries} more in {where}.", Detail), DeckTheme.Ink, Italic: true));
        }

        while (paragraphs.Count > 0 && !column.TryPanel(name, paragraphs, ShapeLook.Filled(fill), Insets))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    private static void More(ColumnCursor column, string? none, int more, string what)
    {
        var text = none ?? (more > 0 ? $"{more} more {what} in the appendix and the report." : null);
        if (text is not null)
        {
            column.TryPanel($"More {what}", [new StyledText(new TextBlock(text, Detail), DeckTheme.Ink, Italic: true)], ShapeLook.Filled(DeckTheme.White), new TextInsets(6, 1));
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (part * 100.0 / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
}
