using System.Globalization;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Pptx.Plenary;
using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>
/// The workshop as a whole, before the groups' own chapters: the consolidated journey map and blueprint, emotion
/// across groups, the top pain points with provenance, evidence strength by stage, the pooled initiatives with the
/// impact/effort quadrants and the action plan, where every cluster comes from, and what changed since the latest
/// frozen version. Parts with nothing behind them are left out.
/// </summary>
internal sealed partial class ReportBody
{
    private const string WholeWorkshopHeading = "The workshop as a whole";

    /// <summary>True when the report has a workshop-level chapter (and the groups' chapters follow as detail).</summary>
    private bool HasPlenary => _report.Plenary is { ShowsAnything: true };

    private void WritePlenary()
    {
        var plenary = _report.Plenary!;
        if (plenary.ShowsMap || plenary.ShowsEmotion || plenary.ShowsInitiatives)
        {
            Heading(1, WholeWorkshopHeading);
            Paragraph(_xml, null, $"{plenary.Groups.Count} group(s) ({string.Join(", ", plenary.Groups)}) lined up into {plenary.Stages.Count} workshop stages; {plenary.Clusters.Count} clusters of similar notes; {plenary.Initiatives.Count} pooled initiatives, {plenary.ActionPlan.Count} agreed. The groups' own maps follow as detail and were not changed by the consolidation.");
            if (plenary.ShowsMap)
            {
                ConsolidatedMap(plenary);
            }

            if (plenary.ShowsEmotion)
            {
                EmotionAcrossGroups(plenary);
            }

            if (plenary.ShowsMap)
            {
                TopPainPointsAcrossGroups(plenary);
                EvidenceByStage(plenary);
            }

            if (plenary.ShowsInitiatives)
            {
                PooledInitiatives(plenary);
                WorkshopActionPlan(plenary);
            }

            if (plenary.ShowsMap)
            {
                ClusterProvenance(plenary);
            }
        }

        if (plenary.Changes is { } changes)
        {
            Changes(changes);
        }
    }

    private void ConsolidatedMap(PreparedPlenary plenary)
    {
        Paragraph(_xml, "Caption", "Each entry is a cluster of similar notes: its evidence (Fact when any group backs it with a fact), then in brackets how many groups wrote one. Where every cluster comes from is listed at the end of this chapter.");
        if (plenary.Map.ReachedJourneyMap())
        {
            Heading(2, "Consolidated journey map");
            StageTable(plenary.Map, LaneCatalog.JourneyMapLanes, "Consolidated journey map", withLines: false, withEmotion: false);
        }

        if (plenary.Map.ReachedBlueprint())
        {
            Heading(2, "Consolidated service blueprint");
            StageTable(plenary.Map, LaneCatalog.BlueprintLanes, "Consolidated service blueprint", withLines: true, withEmotion: false);
            Paragraph(_xml, "Caption", LinesCaption);
        }
    }

    private void EmotionAcrossGroups(PreparedPlenary plenary)
    {
        Heading(2, "Emotion across groups");
        Paragraph(_xml, null, "How the customer feels at each stage (-2 very negative to +2 very positive) in each group's journey, and the workshop mean.");
        var width = ReportSections.LandscapeTextWidth;
        var stageWidth = width * 22 / 100;
        var each = (width - stageWidth) / (plenary.Groups.Count + 1);
        var columns = new List<WordColumn> { new("Stage", stageWidth) };
        columns.AddRange(plenary.Groups.Select(g => new WordColumn(g, each)));
        columns.Add(new WordColumn("Workshop mean", width - stageWidth - (each * plenary.Groups.Count)));
        var rows = plenary.Stages.Select(s => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(s.Name, bold: true),
            .. s.EmotionByGroup.Select(e => Cell(PreparedPlenary.Score(e))),
            Cell(PreparedPlenary.Score(s.MeanEmotion), bold: true),
        ]);
        _tables.Write("Emotion across groups", "Emotion per stage: one row per workshop stage, one column per group, then the workshop mean.", columns, rows);
    }

    private void TopPainPointsAcrossGroups(PreparedPlenary plenary)
    {
        Heading(2, "Top pain points across groups");
        var ranked = plenary.TopPainPoints();
        if (ranked.Count == 0)
        {
            Paragraph(_xml, null, "No group recorded a pain point yet.");
            return;
        }

        Paragraph(_xml, null, "Pain points raised by the most groups first, each with every group's note, whether it is a fact or an assumption, its source and who wrote it.");
        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns = [new("#", width * 4 / 100), new("Pain point", width * 26 / 100), new("Stage", width * 14 / 100), new("Groups", width * 7 / 100), new("Provenance", width - (width * 51 / 100))];
        var rows = ranked.Select((c, i) => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell((i + 1).ToString(CultureInfo.InvariantCulture)),
            [new CellParagraph([new WordRun(c.Cluster.Name, Bold: true)]), new CellParagraph([new WordRun($"{c.Cluster.Notes.Count(n => n.Evidence?.Kind == EvidenceKind.Fact)} of {c.Cluster.Notes.Count} notes backed by a fact")])],
            Cell(plenary.Stages[c.Cluster.StageIndex].Name),
            Cell(c.Cluster.GroupCount.ToString(CultureInfo.InvariantCulture)),
            [.. c.Cluster.Notes.Select(NoteParagraph)],
        ]);
        _tables.Write("Top pain points across groups", "The workshop's pain point clusters, most groups first, with each group's note and its evidence.", columns, rows);
    }

    private void EvidenceByStage(PreparedPlenary plenary)
    {
        Heading(2, "Evidence strength by stage");
        var stages = plenary.Stages;
        var all = new EvidenceCount(stages.Sum(s => s.Evidence.Facts), stages.Sum(s => s.Evidence.Assumptions), stages.Sum(s => s.Evidence.Unmarked));
        Paragraph(_xml, null, $"Over the whole workshop {PreparedPlenary.Percent(all.FactShare)} of notes are backed by a fact ({all.Facts} of {all.Total}); {PreparedPlenary.Are(all.Assumptions)} assumptions and {PreparedPlenary.Are(all.Unmarked)} not marked. Stages marked \u201CResearch first\u201D rest most on assumptions: test those before designing changes for them.");
        var width = ReportSections.LandscapeTextWidth;
        var stageWidth = width * 18 / 100;
        var overall = width * 12 / 100;
        var research = width * 28 / 100;
        var each = plenary.Groups.Count == 0 ? 0 : (width - stageWidth - overall - research) / plenary.Groups.Count;
        var columns = new List<WordColumn> { new("Stage", stageWidth), new("Backed by facts", overall) };
        columns.AddRange(plenary.Groups.Select(g => new WordColumn(g, each)));
        columns.Add(new WordColumn("Research next", width - stageWidth - overall - (each * plenary.Groups.Count)));
        var first = EvidenceByStageSlides.ResearchFirst(stages);
        var rows = stages.Select((s, i) => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(s.Name, bold: true),
            Cell($"{PreparedPlenary.Percent(s.Evidence.FactShare)} ({s.Evidence.Facts} of {s.Evidence.Total})"),
            .. s.EvidenceByGroup.Select(e => Cell($"{PreparedPlenary.Percent(e.FactShare)} ({e.Facts} of {e.Total})")),
            Cell(EvidenceByStageSlides.Research(s.Evidence, first.Contains(i))),
        ]);
        _tables.Write("Evidence strength by stage", "Per workshop stage: the share of notes backed by a fact overall and per group, and what to research next.", columns, rows);
    }

    private void PooledInitiatives(PreparedPlenary plenary)
    {
        Heading(2, "Initiatives across groups");
        Paragraph(_xml, null, "Every group's ideas pooled, duplicates merged, ranked by the workshop-wide dot vote. Impact and effort are rated 1 to 5; 3 or more counts as high.");
        foreach (var (quadrant, advice) in new[] { ("Quick win", "do first"), ("Major project", "plan"), ("Fill-in", "when there is time"), ("Thankless task", "probably not") })
        {
            var inQuadrant = plenary.Initiatives.Where(i => i.Core.Quadrant == quadrant).Select(i => $"{i.Core.Rank}. {i.Core.Title}").ToList();
            if (inQuadrant.Count > 0)
            {
                Paragraph(_xml, "ListBullet", [new WordRun($"{quadrant}s ({advice}): ", Bold: true), new WordRun(string.Join("; ", inQuadrant))]);
            }
        }

        var unrated = plenary.Initiatives.Where(i => !i.Core.IsRated).Select(i => $"{i.Core.Rank}. {i.Core.Title}").ToList();
        if (unrated.Count > 0)
        {
            Paragraph(_xml, "ListBullet", [new WordRun("Not yet rated: ", Bold: true), new WordRun(string.Join("; ", unrated))]);
        }

        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns =
        [
            new("#", width * 4 / 100), new("Initiative", width * 30 / 100), new("Proposed by", width * 18 / 100), new("Dots", width * 7 / 100),
            new("Impact", width * 8 / 100), new("Effort", width * 8 / 100), new("Quadrant", width * 12 / 100), new("Status", width - (width * 87 / 100)),
        ];
        var rows = plenary.Initiatives.Select(i => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(i.Core.Rank.ToString(CultureInfo.InvariantCulture)),
            [new CellParagraph([new WordRun(i.Core.Title, Bold: true)]), .. i.Core.Description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new CellParagraph([new WordRun(d)]))],
            Cell(string.Join(", ", i.Groups)),
            Cell(i.Core.Votes.ToString(CultureInfo.InvariantCulture)),
            Cell(i.Core.Impact?.ToString(CultureInfo.InvariantCulture) ?? "not yet rated"),
            Cell(i.Core.Effort?.ToString(CultureInfo.InvariantCulture) ?? "not yet rated"),
            Cell(i.Core.Quadrant ?? "not yet rated"),
            Cell(i.StatusText),
        ]);
        _tables.Write("Initiatives across groups", "The pooled initiatives ranked by workshop-wide dots, with the groups that proposed them, impact, effort, quadrant and status.", columns, rows);
    }

    private void WorkshopActionPlan(PreparedPlenary plenary)
    {
        Heading(2, "Action plan");
        if (plenary.ActionPlan.Count == 0)
        {
            Paragraph(_xml, null, "No initiative has been agreed yet, so there is no action plan.");
            return;
        }

        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns =
        [
            new("#", width * 4 / 100), new("Initiative", width * 22 / 100), new("Owner", width * 13 / 100), new("Due", width * 10 / 100),
            new("Success measure", width * 20 / 100), new("Status", width * 9 / 100), new("Pain points it addresses", width - (width * 78 / 100)),
        ];
        var rows = plenary.ActionPlan.Select(i => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(i.Core.Rank.ToString(CultureInfo.InvariantCulture)),
            Cell(i.Core.Title, bold: true),
            Cell(i.Core.Owner),
            Cell(i.Core.Due),
            Cell(i.Core.Measure),
            Cell(i.StatusText),
            i.PainPoints.Count == 0 ? Cell("none linked") : [.. i.PainPoints.Select(p => new CellParagraph([new WordRun(p)]))],
        ]);
        _tables.Write("Action plan", "The agreed initiatives with owner, due date, success measure, status and the pain points each addresses.", columns, rows);
    }

    private void ClusterProvenance(PreparedPlenary plenary)
    {
        Heading(2, "Where every cluster comes from");
        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns = [new("Stage", width * 14 / 100), new("Lane", width * 14 / 100), new("Cluster", width * 24 / 100), new("Notes: group, evidence, who wrote it", width - (width * 52 / 100))];
        var rows = plenary.Clusters.Select(c => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
        [
            Cell(plenary.Stages[c.Cluster.StageIndex].Name, bold: true),
            Cell(LaneCatalog.Label(c.Cluster.Lane)),
            Cell($"{c.Cluster.Name} ({PreparedPlenary.GroupCountText(c.Cluster.GroupCount)})"),
            [.. c.Cluster.Notes.Select(NoteParagraph)],
        ]);
        _tables.Write("Where every cluster comes from", "Every cluster of the consolidated map with each group's note in it, its evidence and who wrote it.", columns, rows);
    }

    private void Changes(VersionChanges changes)
    {
        Heading(1, ChangesSlides.Title(changes));
        Paragraph(_xml, null, $"The workshop now compared with the version \u201C{changes.VersionName}\u201D frozen on {changes.FrozenAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. {ChangesSlides.Summary(changes)}");
        if (changes.IsEmpty)
        {
            return;
        }

        var width = ReportSections.LandscapeTextWidth;
        WordColumn[] columns = [new("Change", width * 16 / 100), new("Where", width * 24 / 100), new("Now", width * 30 / 100), new("Before", width - (width * 70 / 100))];
        var rows = changes.Notes.Select(n => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
            [
                Cell(ChangesSlides.ChangeLabel(n), bold: true),
                Cell($"{n.Group} · {n.Stage} · {LaneCatalog.Label(n.Lane)}"),
                Cell(n.Kind == NoteChangeKind.Removed ? "(removed)" : ChangesSlides.Describe(n.Text, n.Evidence)),
                Cell(n.Kind switch { NoteChangeKind.Added => "(not there)", NoteChangeKind.Removed => ChangesSlides.Describe(n.Text, n.Evidence), _ => ChangesSlides.Before(n) }),
            ])
            .Concat(changes.Emotions.Select(e => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
                [Cell("Emotion (mean)", bold: true), Cell(e.Stage), Cell(PreparedPlenary.Score(e.After)), Cell(PreparedPlenary.Score(e.Before))]))
            .Concat(changes.Statuses.Select(s => (IReadOnlyList<IReadOnlyList<CellParagraph>>)
                [Cell("Initiative status", bold: true), Cell(s.Title), Cell(PreparedPlenary.StatusText(s.After)), Cell(PreparedPlenary.StatusText(s.Before))]));
        _tables.Write(ChangesSlides.Title(changes), $"Every change since the version {changes.VersionName}: what changed, where, how it is now and how it was.", columns, rows);
    }

    private static CellParagraph NoteParagraph(ClusterNote note) => new(
    [
        new WordRun($"{note.Group}, ", Bold: true),
        note.Evidence?.Kind switch
        {
            EvidenceKind.Fact => new WordRun(PreparedPlenary.EvidenceText(note.Evidence), Bold: true, ColorHex: ReportStyles.FactText),
            EvidenceKind.Assumption => new WordRun("Assumption", Bold: true, ColorHex: ReportStyles.AssumptionText),
            _ => new WordRun("Not recorded", Bold: true, ColorHex: ReportStyles.UnrecordedText),
        },
        new WordRun($"{(note.Author is null ? string.Empty : " · " + note.Author)}: {note.Text}"),
    ]);

    private static IReadOnlyList<CellParagraph> Cell(string text, bool bold = false) => [new CellParagraph([new WordRun(text, Bold: bold)])];
}
