using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// One map made from every group's map: stages lined up, similar notes clustered across groups with every note's
/// provenance kept, the emotion curve per group and the workshop mean, and how strongly each stage rests on facts.
/// Worked out from the groups' maps and the facilitator's operations every time, so the groups' own maps never
/// change, notes added later take part, and undo is dropping the last operation.
/// </summary>
public sealed class WorkshopConsolidation
{
    /// <summary>Longest cluster name.</summary>
    public const int MaxClusterNameLength = 200;

    private readonly Dictionary<ItemRef, ItemCluster> _clusterOf;

    private WorkshopConsolidation(
        IReadOnlyList<GroupMap> groups,
        StageAlignment alignment,
        IReadOnlyList<StageMapping> mappings,
        IReadOnlyList<ClusterOperation> operations,
        ClusteringStart start,
        IReadOnlyList<ItemCluster> clusters,
        IReadOnlyList<SkippedOperation> skipped)
    {
        Groups = groups;
        Alignment = alignment;
        StageMappings = mappings;
        Operations = operations;
        Start = start;
        Clusters = clusters;
        Skipped = skipped;
        _clusterOf = clusters.SelectMany(c => c.Members.Select(m => (m.Ref, c))).ToDictionary(p => p.Ref, p => p.c);
        Insights = [.. alignment.Stages.Select(InsightInto)];
    }

    /// <summary>The groups' maps, as they are.</summary>
    public IReadOnlyList<GroupMap> Groups { get; }

    /// <summary>How the groups' stages line up.</summary>
    public StageAlignment Alignment { get; }

    /// <summary>The workshop's stages, left to right.</summary>
    public IReadOnlyList<WorkshopStage> Stages => Alignment.Stages;

    /// <summary>The facilitator's stage mappings.</summary>
    public IReadOnlyList<StageMapping> StageMappings { get; }

    /// <summary>Every operation given, in order, including any that no longer fit.</summary>
    public IReadOnlyList<ClusterOperation> Operations { get; }

    /// <summary>What the operations were applied to.</summary>
    public ClusteringStart Start { get; }

    /// <summary>Every cluster: stage by stage, lane by lane.</summary>
    public IReadOnlyList<ItemCluster> Clusters { get; }

    /// <summary>Operations left out because their notes were deleted or moved since, with the reason.</summary>
    public IReadOnlyList<SkippedOperation> Skipped { get; }

    /// <summary>Emotion and evidence per workshop stage.</summary>
    public IReadOnlyList<StageInsight> Insights { get; }

    /// <summary>The evidence strength over every note of every group.</summary>
    public EvidenceStrength Evidence => EvidenceStrength.Of(Groups.SelectMany(g => g.Map.Items));

    /// <summary>Works the consolidation out.</summary>
    public static WorkshopConsolidation Build(
        IEnumerable<GroupMap> groups,
        IEnumerable<StageMapping>? mappings = null,
        IEnumerable<ClusterOperation>? operations = null,
        ClusteringStart start = ClusteringStart.Suggested)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var groupList = ConsolidatedMap.Merge(groups).Groups;
        var mappingList = mappings?.ToList() ?? [];
        var operationList = operations?.ToList() ?? [];
        var alignment = StageAlignment.Of(groupList, mappingList);

        var partition = Partition(groupList, alignment, start);
        var skipped = new List<SkippedOperation>();
        for (var i = 0; i < operationList.Count; i++)
        {
            var reason = partition.Check(operationList[i]) ?? NameProblem(operationList[i]);
            if (reason is null)
            {
                partition.Apply(operationList[i], NameOf(operationList[i]));
            }
            else
            {
                skipped.Add(new SkippedOperation(i, operationList[i], reason));
            }
        }

        return new WorkshopConsolidation(groupList, alignment, mappingList, operationList, start, partition.Clusters(alignment.Stages), skipped);
    }

    /// <summary>The cluster holding an item, or null when no group has it.</summary>
    public ItemCluster? ClusterOf(ItemRef item) => _clusterOf.GetValueOrDefault(item);

    /// <summary>The clusters of one stage and lane.</summary>
    public IReadOnlyList<ItemCluster> ClustersIn(string stageId, Lane lane) =>
        [.. Clusters.Where(c => c.StageId == stageId && c.Lane == lane)];

    /// <summary>Applies a facilitator's operation; refuses, naming why, one that does not fit the clusters now.</summary>
    /// <exception cref="DomainValidationException">The operation does not fit.</exception>
    public WorkshopConsolidation Apply(ClusterOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var candidate = Build(Groups, StageMappings, [.. Operations, operation], Start);
        return candidate.Skipped.FirstOrDefault(s => s.Index == Operations.Count) is { } refused
            ? throw new DomainValidationException("clusters", refused.Reason)
            : candidate;
    }

    /// <summary>The consolidation without the last operation.</summary>
    /// <exception cref="DomainValidationException">There is nothing to undo.</exception>
    public WorkshopConsolidation Undo() =>
        Operations.Count == 0
            ? throw new DomainValidationException("clusters", "There is nothing to undo.")
            : Build(Groups, StageMappings, Operations.Take(Operations.Count - 1), Start);

    /// <summary>The consolidation with one more stage mapping (the latest mapping of a group stage wins).</summary>
    /// <exception cref="DomainValidationException">The mapping names a group or stage that does not exist.</exception>
    public WorkshopConsolidation MapStage(StageMapping mapping)
    {
        StageAlignment.Validate(Groups, mapping);
        return Build(Groups, [.. StageMappings, mapping], Operations, Start);
    }

    private static ClusterPartition Partition(IReadOnlyList<GroupMap> groups, StageAlignment alignment, ClusteringStart start)
    {
        var members = groups
            .SelectMany(g => g.Map.Items.Select(item => new ClusterMember(new ItemRef(g.GroupId, item.Id), g.GroupName, item)))
            .ToList();
        var partition = new ClusterPartition(members.Select((m, i) => (m.Ref, i)).ToDictionary(p => p.Ref, p => p.i));
        foreach (var member in members)
        {
            var stageId = alignment.WorkshopStageOf(member.Ref.GroupId, member.Item.StageId);
            if (start == ClusteringStart.Suggested)
            {
                partition.AddSuggested(member, stageId);
            }
            else
            {
                partition.AddSeparate(member, stageId);
            }
        }

        return partition;
    }

    private static string? NameProblem(ClusterOperation operation) =>
        operation is RenameCluster rename && TextAnswer.Check(rename.Name, "cluster name", MaxClusterNameLength) is { } problem
            ? problem
            : null;

    private static string? NameOf(ClusterOperation operation) =>
        operation is RenameCluster rename ? rename.Name.Trim() : null;

    private StageInsight InsightInto(WorkshopStage stage)
    {
        var emotions = new Dictionary<string, double?>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, EvidenceStrength>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stageIds = group.Map.Stages
                .Where(s => Alignment.WorkshopStageOf(group.GroupId, s.Id) == stage.Id)
                .ToList();
            var scores = stageIds.Where(s => s.Emotion is not null).Select(s => (double)s.Emotion!.Value).ToList();
            emotions[group.GroupId] = scores.Count == 0 ? null : scores.Average();
            var ids = stageIds.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            evidence[group.GroupId] = EvidenceStrength.Of(group.Map.Items.Where(i => ids.Contains(i.StageId)));
        }

        var all = Clusters.Where(c => c.StageId == stage.Id).SelectMany(c => c.Members).Select(m => m.Item);
        return new StageInsight(stage, emotions, evidence, EvidenceStrength.Of(all));
    }
}
