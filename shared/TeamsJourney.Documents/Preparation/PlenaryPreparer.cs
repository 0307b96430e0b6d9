using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Text;

namespace TeamsJourney.Documents.Preparation;

/// <summary>Validates the second half and builds its sanitised form; user text is cleaned here exactly once.</summary>
internal static class PlenaryPreparer
{
    public static PreparedPlenary? Prepare(WorkshopPlenary? plenary)
    {
        if (plenary is null)
        {
            return null;
        }

        ThrowIfInvalid(plenary);
        var groups = plenary.Groups.Select((g, i) => Clean(g, $"Group {i + 1}")).ToList();
        var stages = plenary.Stages.Select((s, i) => s with
        {
            Name = Clean(s.Name, $"Stage {i + 1}"),
            EmotionByGroup = [.. s.EmotionByGroup.Select(e => e is { } v && double.IsFinite(v) ? (double?)Math.Clamp(v, JourneyStage.MinEmotion, JourneyStage.MaxEmotion) : null)],
        }).ToList();
        var clusters = new List<PreparedCluster>(plenary.Clusters.Count);
        foreach (var cluster in plenary.Clusters)
        {
            var notes = cluster.Notes.Select(n => new ClusterNote(Clean(n.Group, "A group"), n.Author is null ? null : Clean(n.Author, "someone"), Clean(n.Text, "(empty note)"), CleanEvidence(n.Evidence))).ToList();
            var clean = cluster with { Name = Clean(cluster.Name, notes.FirstOrDefault()?.Text ?? "Unnamed cluster"), Notes = notes };
            // The card's evidence is the strongest any group gives: a claim one group backs with a source is evidenced.
            var kind = notes.Any(n => n.Evidence?.Kind == EvidenceKind.Fact) ? EvidenceKind.Fact
                : notes.Any(n => n.Evidence?.Kind == EvidenceKind.Assumption) ? EvidenceKind.Assumption
                : (EvidenceKind?)null;
            var source = notes.Select(n => n.Evidence).FirstOrDefault(e => e?.Kind == EvidenceKind.Fact)?.Source;
            var card = new PreparedItem($"c{clusters.Count + 1}", clean.StageIndex, clean.Lane, clean.Name, PreparedPlenary.GroupCountText(clean.GroupCount), kind, source, $"w_i{clusters.Count + 1}");
            clusters.Add(new PreparedCluster(card, clean));
        }

        var initiatives = plenary.Initiatives.Select((i, n) => new PreparedPlenaryInitiative(
                new PreparedInitiative(
                    n + 1,
                    Clean(i.Title, "Untitled initiative"),
                    XmlTextSanitizer.Sanitize(i.Description),
                    [],
                    i.Votes,
                    i.Impact,
                    i.Effort,
                    i.Plan is null ? null : new ActionPlan(
                        string.IsNullOrWhiteSpace(i.Plan.Owner) ? null : XmlTextSanitizer.Sanitize(i.Plan.Owner).Trim(),
                        i.Plan.Due,
                        string.IsNullOrWhiteSpace(i.Plan.Measure) ? null : XmlTextSanitizer.Sanitize(i.Plan.Measure).Trim())),
                [.. i.Groups.Select(g => Clean(g, "A group"))],
                i.Status,
                [.. i.PainPoints.Select(p => Clean(p, "(empty pain point)"))]))
            .ToList();
        var map = new PreparedGroup(
            0,
            groups.Count == 1 ? groups[0] : $"all {groups.Count} groups",
            [.. stages.Select((s, i) => new JourneyStage(s.Name, i, null))],
            [.. clusters.Select(c => c.Card)],
            [.. initiatives.Select(i => i.Core)]);
        return new PreparedPlenary(groups, stages, map, clusters, initiatives, CleanChanges(plenary.Changes), plenary.HasActivity);
    }

    private static void ThrowIfInvalid(WorkshopPlenary plenary)
    {
        var problems = new List<string>();
        if (plenary.Groups is null || plenary.Stages is null || plenary.Clusters is null || plenary.Initiatives is null)
        {
            throw new InvalidWorkshopReportException(["The second half's groups, stages, clusters and initiatives must be lists (they may be empty), not null."]);
        }

        for (var s = 0; s < plenary.Stages.Count; s++)
        {
            var stage = plenary.Stages[s];
            if (stage?.EmotionByGroup is null || stage.EvidenceByGroup is null || stage.Evidence is null
                || stage.EmotionByGroup.Count != plenary.Groups.Count || stage.EvidenceByGroup.Count != plenary.Groups.Count)
            {
                problems.Add($"Workshop stage {s + 1} must have an emotion and an evidence count for each of the {plenary.Groups.Count} groups.");
            }
        }

        for (var c = 0; c < plenary.Clusters.Count; c++)
        {
            var cluster = plenary.Clusters[c];
            if (cluster?.Notes is null || cluster.Notes.Any(n => n is null) || cluster.StageIndex < 0 || cluster.StageIndex >= plenary.Stages.Count)
            {
                problems.Add($"Cluster {c + 1} must have its notes and sit in one of the {plenary.Stages.Count} workshop stages.");
            }
        }

        for (var i = 0; i < plenary.Initiatives.Count; i++)
        {
            var initiative = plenary.Initiatives[i];
            if (initiative?.Groups is null || initiative.PainPoints is null || initiative.Votes < 0
                || initiative.Impact is < Initiative.MinScore or > Initiative.MaxScore || initiative.Effort is < Initiative.MinScore or > Initiative.MaxScore)
            {
                problems.Add($"Pooled initiative {i + 1} must have its groups and pain points, votes of 0 or more, and impact and effort from {Initiative.MinScore} to {Initiative.MaxScore}.");
            }
        }

        if (plenary.Changes is { } changes && (changes.Notes is null || changes.Emotions is null || changes.Statuses is null || changes.Notes.Any(n => n is null)))
        {
            problems.Add("What changed since the version must list notes, emotions and statuses (they may be empty), not null.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidWorkshopReportException(problems);
        }
    }

    private static VersionChanges? CleanChanges(VersionChanges? changes) => changes is null ? null : changes with
    {
        VersionName = Clean(changes.VersionName, "Unnamed version"),
        Notes = [.. changes.Notes.Select(n => n with
        {
            Group = Clean(n.Group, "A group"),
            Stage = Clean(n.Stage, "a stage"),
            Text = Clean(n.Text, "(empty note)"),
            Evidence = CleanEvidence(n.Evidence),
            Before = n.Before is null ? null : n.Before with { Stage = Clean(n.Before.Stage, "a stage"), Text = Clean(n.Before.Text, "(empty note)"), Evidence = CleanEvidence(n.Before.Evidence) },
        })],
        Emotions = [.. changes.Emotions.Select(e => e with { Stage = Clean(e.Stage, "a stage") })],
        Statuses = [.. changes.Statuses.Select(s => s with { Title = Clean(s.Title, "Untitled initiative") })],
    };

    private static Evidence? CleanEvidence(Evidence? evidence) => evidence is null ? null
        : evidence with { Source = string.IsNullOrWhiteSpace(evidence.Source) ? null : XmlTextSanitizer.Sanitize(evidence.Source).Trim() };

    private static string Clean(string? text, string fallback)
    {
        var clean = XmlTextSanitizer.Sanitize(text).Trim();
        return clean.Length == 0 ? fallback : clean;
    }
}
