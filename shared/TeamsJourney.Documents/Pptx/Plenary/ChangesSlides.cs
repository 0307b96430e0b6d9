using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// "What changed since &lt;version&gt;": the latest frozen version compared with now: notes added, removed and changed
/// (with what they were), stages whose mean emotion moved, and initiatives whose status moved.
/// </summary>
internal static class ChangesSlides
{
    private static readonly double[] Columns = [1.3, 2.9, 4.1, DeckGeometry.ContentWidthInches - 1.3 - 2.9 - 4.1];

    public static string Title(VersionChanges changes) => $"What changed since “{changes.VersionName}”";

    public static void Add(DeckBuilder deck, VersionChanges changes)
    {
        var table = new PagedTable(["Change", "Where", "Now", "Before"], Columns);
        foreach (var note in changes.Notes)
        {
            var where = $"{note.Group} · {note.Stage} · {LaneCatalog.Label(note.Lane)}";
            var (now, before) = note.Kind switch
            {
                NoteChangeKind.Added => (Describe(note.Text, note.Evidence), "(not there)"),
                NoteChangeKind.Removed => ("(removed)", Describe(note.Text, note.Evidence)),
                _ => (Describe(note.Text, note.Evidence), Before(note)),
            };
            Row(table, ChangeLabel(note), where, now, before, note.Kind == NoteChangeKind.Removed ? DeckTheme.PaleRed : note.Kind == NoteChangeKind.Added ? DeckTheme.PaleGreen : DeckTheme.PaleAmber);
        }

        foreach (var move in changes.Emotions)
        {
            Row(table, "Emotion (mean)", move.Stage, PreparedPlenary.Score(move.After), PreparedPlenary.Score(move.Before), DeckTheme.Mist);
        }

        foreach (var move in changes.Statuses)
        {
            Row(table, "Initiative status", move.Title, PreparedPlenary.StatusText(move.After), PreparedPlenary.StatusText(move.Before), DeckTheme.Mist);
        }

        var summary = Summary(changes);
        var notes = $"The workshop now compared with the version “{changes.VersionName}” frozen on {changes.FrozenAt:d MMMM yyyy}. {summary}";
        var pages = table.RowCount == 0 ? [[]] : table.Pages(DeckGeometry.ContentHeightInches - 0.5);
        for (var p = 0; p < pages.Count; p++)
        {
            var rows = pages[p];
            deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, _) =>
            {
                slide.Title(ColumnSlides.PartTitle(Title(changes), p, pages.Count));
                slide.TextBox("Changes summary", SlideRect.FromInches(DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, DeckGeometry.ContentWidthInches, 0.45),
                    [new TextBlock(TextFit.Shorten($"Frozen {changes.FrozenAt:d MMMM yyyy}. {summary}", (DeckGeometry.ContentWidthInches * 72) - 14.4, new TextStyle(12, 0, 0, Bold: false), 2).Text, new TextStyle(12, 0, 0, Bold: false))]);
                if (rows.Count > 0)
                {
                    table.Draw(slide, "Changes", $"Every change since the version {changes.VersionName}: what changed, where, how it is now and how it was.",
                        DeckGeometry.MarginInches, DeckGeometry.ContentTopInches + 0.5, rows);
                }
            });
        }
    }

    internal static string Summary(VersionChanges changes)
    {
        if (changes.IsEmpty)
        {
            return "Nothing has changed since.";
        }

        int Count(NoteChangeKind kind) => changes.Notes.Count(n => n.Kind == kind);
        var parts = new List<string>();
        if (changes.Notes.Count > 0)
        {
            parts.Add($"{Plural(Count(NoteChangeKind.Added), "note")} added, {Count(NoteChangeKind.Removed)} removed, {Count(NoteChangeKind.Changed)} changed");
        }

        if (changes.Emotions.Count > 0)
        {
            parts.Add($"the mean emotion moved at {Plural(changes.Emotions.Count, "stage")}");
        }

        if (changes.Statuses.Count > 0)
        {
            parts.Add($"{Plural(changes.Statuses.Count, "initiative")} changed status");
        }

        var text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    internal static string ChangeLabel(NoteChange note) => note.Kind switch
    {
        NoteChangeKind.Added => "Note added",
        NoteChangeKind.Removed => "Note removed",
        _ => "Note changed: " + string.Join(", ", What(note)),
    };

    internal static IEnumerable<string> What(NoteChange note)
    {
        var before = note.Before!;
        if (!string.Equals(before.Text, note.Text, StringComparison.Ordinal))
        {
            yield return "text";
        }

        if (before.Stage != note.Stage || before.Lane != note.Lane)
        {
            yield return "place";
        }

        if (before.Evidence != note.Evidence)
        {
            yield return "evidence";
        }
    }

    internal static string Describe(string text, Evidence? evidence) => $"{text} · {PreparedPlenary.EvidenceText(evidence)}";

    internal static string Before(NoteChange note)
    {
        var before = note.Before!;
        var place = before.Stage != note.Stage || before.Lane != note.Lane ? $" in {before.Stage} · {LaneCatalog.Label(before.Lane)}" : string.Empty;
        return $"{Describe(before.Text, before.Evidence)}{place}";
    }

    private static void Row(PagedTable table, string what, string where, string now, string before, string fill) =>
        table.Add(
        [
            new([new TextBlock(table.Fit(what, 0, 3, PagedTable.CellBold), PagedTable.CellBold)], fill),
            new([new TextBlock(table.Fit(where, 1, 3), PagedTable.Cell)]),
            new([new TextBlock(table.Fit(now, 2, 4), PagedTable.Cell)]),
            new([new TextBlock(table.Fit(before, 3, 4), PagedTable.Cell)]),
        ]);

    private static string Plural(int count, string what) => $"{count} {what}{(count == 1 ? string.Empty : "s")}";
}
