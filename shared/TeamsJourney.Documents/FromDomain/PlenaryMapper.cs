using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using DomainEvidence = TeamsJourney.Domain.Maps.Evidence;
using DomainEvidenceKind = TeamsJourney.Domain.Maps.EvidenceKind;

namespace TeamsJourney.Documents.FromDomain;

/// <summary>
/// The second half as the domain works it out: the consolidated map, the pooled initiatives and, when a version has
/// been frozen, the comparison of the latest version with now.
/// </summary>
/// <param name="Consolidation">The consolidated map.</param>
/// <param name="Initiatives">The pooled initiatives, the workshop-wide vote and the action plan.</param>
/// <param name="SinceLatestVersion">The latest frozen version compared with now; null when none was frozen.</param>
public sealed record PlenaryFacts(WorkshopConsolidation Consolidation, InitiativePool Initiatives, VersionComparison? SinceLatestVersion);

/// <summary>
/// Turns the second half into the <see cref="WorkshopPlenary"/> the writers read. Nothing is invented: a cluster keeps
/// every group's note with its own evidence, an unrated initiative stays unrated, an unagreed one has no plan.
/// </summary>
public static class PlenaryMapper
{
    /// <summary>Maps <paramref name="facts"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its parts is null.</exception>
    public static WorkshopPlenary Map(PlenaryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Consolidation);
        ArgumentNullException.ThrowIfNull(facts.Initiatives);
        var consolidation = facts.Consolidation;
        var groups = consolidation.Groups;
        var stageIndex = consolidation.Stages.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var stages = consolidation.Insights
            .Select(insight => new PlenaryStage(
                insight.Stage.Name,
                [.. groups.Select(g => insight.EmotionByGroup.GetValueOrDefault(g.GroupId))],
                Count(insight.Evidence),
                [.. groups.Select(g => insight.EvidenceByGroup.TryGetValue(g.GroupId, out var e) ? Count(e) : new EvidenceCount(0, 0, 0))]))
            .ToList();
        var clusters = consolidation.Clusters
            .Select(c => new PlenaryCluster(
                c.Name,
                stageIndex[c.StageId],
                c.Lane,
                [.. c.Members.Select(m => new ClusterNote(m.GroupName, string.IsNullOrWhiteSpace(m.Item.AuthorName) ? null : m.Item.AuthorName, m.Item.Text, MapEvidence(m.Item.Evidence)))]))
            .ToList();
        var initiatives = facts.Initiatives.Initiatives.Select(i => MapInitiative(i, consolidation)).ToList();
        var hasActivity = consolidation.Operations.Count > 0 || consolidation.StageMappings.Count > 0
            || facts.Initiatives.Changes.Count > 0 || facts.SinceLatestVersion is not null;
        return new WorkshopPlenary(
            [.. groups.Select(g => g.GroupName)],
            stages,
            clusters,
            initiatives,
            facts.SinceLatestVersion is { } comparison ? MapChanges(comparison) : null,
            hasActivity);
    }

    private static PlenaryInitiative MapInitiative(PooledInitiative initiative, WorkshopConsolidation consolidation)
    {
        // A pain point is named as the consolidated map names it: several groups' notes on one cluster are one pain point.
        var pains = initiative.PainPoints
            .Select(p => consolidation.ClusterOf(p)?.Name ?? consolidation.Groups.FirstOrDefault(g => g.GroupId == p.GroupId)?.Map.Items.FirstOrDefault(i => i.Id == p.ItemId)?.Text)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var description = string.Join(
            "\n",
            initiative.Members.Where(m => !string.IsNullOrWhiteSpace(m.Initiative.Description)).Select(m => m.Initiative.Description!.Trim()).Distinct(StringComparer.Ordinal));
        return new PlenaryInitiative(
            initiative.Title,
            description,
            [.. initiative.Members.Select(m => m.GroupName).Distinct(StringComparer.Ordinal)],
            initiative.Votes,
            initiative.Impact,
            initiative.Effort,
            MapStatus(initiative.Status),
            initiative.Plan is { } plan ? new ActionPlan(plan.Owner, plan.DueDate, plan.SuccessMeasure) : null,
            pains);
    }

    private static VersionChanges MapChanges(VersionComparison comparison)
    {
        var stageNames = comparison.To.Stages.Concat(comparison.From.Stages)
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        string StageName(string id) => stageNames.GetValueOrDefault(id, id);
        NoteChange Note(NoteChangeKind kind, VersionedItem item) =>
            new(kind, item.GroupName, StageName(item.StageId), item.Lane, item.Text, MapEvidence(item.Evidence, item.Source));
        var notes = comparison.Added.Select(i => Note(NoteChangeKind.Added, i))
            .Concat(comparison.Removed.Select(i => Note(NoteChangeKind.Removed, i)))
            .Concat(comparison.Changed.Select(c => Note(NoteChangeKind.Changed, c.After) with
            {
                Before = new NoteBefore(StageName(c.Before.StageId), c.Before.Lane, c.Before.Text, MapEvidence(c.Before.Evidence, c.Before.Source)),
            }))
            .ToList();
        return new VersionChanges(
            comparison.From.Name,
            comparison.From.FrozenAt,
            notes,
            [.. comparison.EmotionChanges.Select(e => new EmotionMove(e.Stage.Name, e.Before, e.After))],
            [.. comparison.InitiativeChanges.Select(s => new StatusMove(s.Title, s.Before is { } b ? MapStatus(b) : null, s.After is { } a ? MapStatus(a) : null))]);
    }

    private static EvidenceCount Count(EvidenceStrength strength) => new(strength.Facts, strength.Assumptions, strength.Unmarked);

    private static Evidence? MapEvidence(DomainEvidence? evidence) => evidence is null ? null : MapEvidence(evidence.Kind, evidence.Source);

    private static Evidence? MapEvidence(DomainEvidenceKind? kind, string? source) => kind switch
    {
        DomainEvidenceKind.Fact => new Evidence(EvidenceKind.Fact, source),
        DomainEvidenceKind.Assumption => new Evidence(EvidenceKind.Assumption, source),
        _ => null,
    };

    private static PlanStatus MapStatus(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Agreed => PlanStatus.Agreed,
        InitiativeStatus.InProgress => PlanStatus.InProgress,
        InitiativeStatus.Done => PlanStatus.Done,
        _ => PlanStatus.Proposed,
    };
}
