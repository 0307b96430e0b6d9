using System.Globalization;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>Per group: journey table, blueprint table, initiatives linked to the pain points they address.</summary>
internal sealed partial class ReportBody
{
    private const int StageColumnTwips = 2000;

    private void WriteJourneys()
    {
        Heading(1, HasPlenary && _report.Plenary!.ShowsMap ? "Group by group: journeys and blueprints" : "Journeys and blueprints");
        if (HasPlenary && _report.Plenary!.ShowsMap)
        {
            Paragraph(_xml, null, "Each group's own map as the group left it: the detail the consolidated map above was made from.");
        }

        if (_report.Groups.Count == 0)
        {
            Paragraph(_xml, null, "No groups took part.");
        }

        foreach (var group in _report.Groups.Where(g => g.ReachedJourneyMap() || g.ReachedEmotion() || g.ReachedBlueprint()))
        {
            Heading(2, group.Name);
            if (group.ReachedEmotion())
            {
                var ratings = string.Join("; ", group.Stages.Select(s => $"{s.Name} {Emotion(s.Emotion)}"));
                Paragraph(_xml, null, $"Emotion by stage (-2 very negative to +2 very positive): {ratings}.");
            }

            Paragraph(_xml, "Caption", "Each note starts with its evidence: Fact (backed by a source), Assumption (to be tested) or Not recorded; a channel, when known, follows in brackets.");
            if (group.ReachedJourneyMap())
            {
                Heading(3, "Journey map");
                StageTable(group, LaneCatalog.JourneyMapLanes, $"Journey map of {group.Name}", withLines: false);
            }

            if (group.ReachedBlueprint())
            {
                Heading(3, "Service blueprint");
                StageTable(group, LaneCatalog.BlueprintLanes, $"Service blueprint of {group.Name}", withLines: true);
                Paragraph(_xml, "Caption", LinesCaption);
            }
        }

        WriteActionPlans();
    }

    private static readonly string LinesCaption = "Dashed red rules mark " + string.Join(
        ", ",
        LaneCatalog.Lines.Select(l => $"the {l.Label.ToLowerInvariant()} (before {LaneCatalog.Label(l.Below)})")) + ".";

    private void StageTable(PreparedGroup group, IReadOnlyList<Lane> lanes, string caption, bool withLines, bool withEmotion = true)
    {
        var laneWidth = (ReportSections.LandscapeTextWidth - StageColumnTwips) / lanes.Count;
        var columns = new List<WordColumn> { new("Stage", StageColumnTwips) };
        columns.AddRange(lanes.Select((lane, i) => new WordColumn(
            LaneColumn(lane),
            laneWidth,
            withLines && i > 0 && LaneCatalog.LineBelow(lanes[i - 1]) is not null)));
        var rows = group.Stages.Select((stage, s) =>
        {
            IReadOnlyList<CellParagraph> stageCell = withEmotion ? [new([new WordRun(stage.Name, Bold: true)]), new([new WordRun($"Emotion: {Emotion(stage.Emotion)}")])] : [new([new WordRun(stage.Name, Bold: true)])];
            var cells = new List<IReadOnlyList<CellParagraph>> { stageCell };
            cells.AddRange(lanes.Select(lane => (IReadOnlyList<CellParagraph>)[.. group.Cell(lane, s).Select(item => ItemParagraph(item, withLines))]));
            return (IReadOnlyList<IReadOnlyList<CellParagraph>>)cells;
        });
        _tables.Write(caption, $"{caption}: one row per stage, one column per lane.", columns, rows);
    }

    // Pain points carry the bookmark initiatives link to; only the journey map table places it, so it is unique.
    private static CellParagraph ItemParagraph(PreparedItem item, bool inBlueprint) =>
        new([EvidenceRun(item), new WordRun(item.CellText)], item.Lane == Lane.PainPoint && !inBlueprint ? item.Anchor : null);

    private static string Emotion(int? score) => score switch
    {
        null => "not rated",
        > 0 => "+" + score.Value.ToString(CultureInfo.InvariantCulture),
        _ => score.Value.ToString(CultureInfo.InvariantCulture),
    };
}
