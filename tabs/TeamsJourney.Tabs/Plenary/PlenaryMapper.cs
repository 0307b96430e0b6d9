using System.Text.Json;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Tabs.Plenary;

/// <summary>Maps the domain's second half to the tab's wire shapes.</summary>
internal static class PlenaryMapper
{
    public static PlenarySnapshot Snapshot(PlenaryView view, string viewerId, bool isFacilitator)
    {
        var consolidation = view.Consolidation;
        var pool = view.Initiatives;
        var items = consolidation.Groups
            .SelectMany(g => g.Map.Items.Select(i => (Key: new ItemRef(g.GroupId, i.Id), Item: i)))
            .ToDictionary(p => p.Key, p => p.Item);
        return new PlenarySnapshot(
            view.WorkshopId,
            view.Version,
            isFacilitator,
            [.. consolidation.Groups.Select(g => new PlenaryGroupSnapshot(g.GroupId, g.GroupName))],
            [.. consolidation.Insights.Select(i => Stage(i, consolidation))],
            [.. LaneCatalog.All.Where(d => consolidation.Clusters.Any(c => c.Lane == d.Lane))
                .Select(d => new PlenaryLaneSnapshot(d.Lane.ToString(), d.Label, Camel(d.Section.ToString())))],
            [.. consolidation.Clusters.Select(Cluster)],
            [.. consolidation.Skipped.Select(s => s.Reason)],
            Evidence(consolidation.Evidence),
            [.. pool.Initiatives.Select(i => Initiative(i, items, viewerId))],
            pool.DotsPerPerson,
            pool.DotsLeftFor(viewerId),
            [.. view.Versions.Select(v => new VersionSnapshot(v.Number, v.Name, v.FrozenAt))]);
    }

    public static ComparisonSnapshot Comparison(VersionComparison comparison) => new(
        comparison.From.Name,
        comparison.To.Name,
        [.. comparison.Added.Select(Compared)],
        [.. comparison.Removed.Select(Compared)],
        [.. comparison.Changed.Select(c => new ChangedItemSnapshot(Compared(c.Before), Compared(c.After), Changes(c.Kind)))],
        [.. comparison.EmotionChanges.Select(e => new EmotionChangeSnapshot(e.Stage.Id, e.Stage.Name, e.Before, e.After, e.Delta))],
        [.. comparison.InitiativeChanges.Select(c => new StatusChangeSnapshot(c.Title, Name(c.Before), Name(c.After)))]);

    public static EvidenceStrengthSnapshot Evidence(EvidenceStrength strength) =>
        new(strength.Facts, strength.Assumptions, strength.Unmarked, strength.FactShare);

    private static PlenaryStageSnapshot Stage(StageInsight insight, WorkshopConsolidation consolidation) => new(
        insight.Stage.Id,
        insight.Stage.Name,
        insight.Stage.Order,
        [.. consolidation.Groups.SelectMany(g => g.Map.Stages
            .Where(s => consolidation.Alignment.WorkshopStageOf(g.GroupId, s.Id) == insight.Stage.Id)
            .Select(s => new GroupStageSnapshot(g.GroupId, s.Id, s.Name)))],
        insight.MeanEmotion,
        insight.EmotionByGroup,
        Evidence(insight.Evidence),
        insight.EvidenceByGroup.ToDictionary(p => p.Key, p => Evidence(p.Value)));

    private static ClusterSnapshot Cluster(ItemCluster cluster) => new(
        cluster.Id,
        cluster.Name,
        cluster.IsNamed,
        cluster.StageId,
        cluster.Lane.ToString(),
        LaneCatalog.Label(cluster.Lane),
        cluster.GroupCount,
        Evidence(cluster.Evidence),
        [.. cluster.Members.Select(m => new ClusterMemberSnapshot(
            m.Ref.GroupId, m.GroupName, m.Ref.ItemId, m.Item.Text, m.Item.AuthorName, m.Item.Evidence?.Kind.ToString(), m.Item.Evidence?.Source))]);

    private static PooledInitiativeSnapshot Initiative(PooledInitiative initiative, IReadOnlyDictionary<ItemRef, MapItem> items, string viewerId) => new(
        initiative.Id,
        initiative.Title,
        [.. initiative.Members.Select(m => new InitiativeMemberSnapshot(m.GroupId, m.GroupName, m.Initiative.Id, m.Initiative.Title))],
        [.. initiative.PainPoints.Where(items.ContainsKey).Select(p => new PainPointLinkSnapshot(
            p.GroupId, p.ItemId, items[p].Text, items[p].Evidence?.Kind.ToString(), items[p].Evidence?.Source))],
        initiative.Votes,
        initiative.GroupVotes,
        initiative.VoterIds.Contains(viewerId),
        initiative.Impact,
        initiative.Effort,
        initiative.Quadrant is { } quadrant ? Camel(quadrant.ToString()) : null,
        Camel(initiative.Status.ToString()),
        initiative.Plan is { } plan ? new PlanSnapshot(plan.Owner, plan.DueDate, plan.SuccessMeasure, Camel(plan.Status.ToString())) : null);

    private static ComparedItemSnapshot Compared(VersionedItem item) => new(
        item.Ref.GroupId, item.GroupName, item.Ref.ItemId, item.StageId, item.Lane.ToString(), LaneCatalog.Label(item.Lane), item.Text, item.Evidence?.ToString(), item.Source);

    private static List<string> Changes(ItemChangeKind kind) =>
        [.. new[] { ItemChangeKind.Text, ItemChangeKind.Place, ItemChangeKind.Evidence }.Where(k => kind.HasFlag(k)).Select(k => Camel(k.ToString()))];

    private static string? Name(InitiativeStatus? status) => status is { } s ? Camel(s.ToString()) : null;

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
