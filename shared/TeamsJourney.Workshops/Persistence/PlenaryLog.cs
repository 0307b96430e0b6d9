using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>A version as recorded: its name, when, and where every stream stood.</summary>
internal sealed record VersionMark(int Number, string Name, DateTimeOffset FrozenAt, IReadOnlyDictionary<string, long> GroupVersions, int PlenaryEvents);

/// <summary>
/// The second half's events folded into what the domain needs: the cluster operations (undos applied), stage
/// mappings, initiative changes, dots per person and the versions. Immutable; <see cref="Apply"/> returns a new log.
/// </summary>
internal sealed record PlenaryLog(
    IReadOnlyList<ClusterOperation> ClusterOperations,
    IReadOnlyList<StageMapping> StageMappings,
    IReadOnlyList<PlanChange> PlanChanges,
    int DotsPerPerson,
    IReadOnlyList<VersionMark> Versions,
    int EventCount)
{
    public static PlenaryLog Empty { get; } = new([], [], [], InitiativePool.DefaultDotsPerPerson, [], 0);

    public PlenaryLog ApplyAll(IEnumerable<PlenaryEvent> events) => events.Aggregate(this, (log, e) => log.Apply(e));

    public PlenaryLog Apply(PlenaryEvent plenaryEvent)
    {
        var next = plenaryEvent switch
        {
            ClustersChanged changed => this with { ClusterOperations = [.. ClusterOperations, ToOperation(changed)] },
            ClusterChangeUndone when ClusterOperations.Count > 0 => this with { ClusterOperations = [.. ClusterOperations.Take(ClusterOperations.Count - 1)] },
            StageLinedUp lined => this with { StageMappings = [.. StageMappings, new StageMapping(lined.GroupId, lined.GroupStageId, lined.WorkshopStageId)] },
            InitiativesChanged changed => this with { PlanChanges = [.. PlanChanges, ToChange(changed)] },
            InitiativeMergeUndone => WithoutLastMerge(),
            DotsPerPersonSet dots => this with { DotsPerPerson = dots.Dots },
            VersionFrozen frozen => this with
            {
                Versions = [.. Versions, new VersionMark(Versions.Count + 1, frozen.Name, frozen.OccurredAt, frozen.GroupVersions, frozen.PlenaryEvents)],
            },
            _ => this,
        };
        return next with { EventCount = EventCount + 1 };
    }

    private PlenaryLog WithoutLastMerge()
    {
        var last = PlanChanges.Select((c, i) => (c, i)).LastOrDefault(p => p.c is MergeInitiatives);
        return last.c is null ? this : this with { PlanChanges = [.. PlanChanges.Where((_, i) => i != last.i)] };
    }

    private static ClusterOperation ToOperation(ClustersChanged changed)
    {
        var items = changed.Items.Select(i => i.ToItem()).ToList();
        return changed.Kind switch
        {
            PlenaryKinds.Merge => new MergeClusters(items),
            PlenaryKinds.Split => new SplitCluster(items),
            PlenaryKinds.Rename => new RenameCluster(items[0], changed.Name ?? string.Empty),
            _ => throw new StoredEventFormatException($"Unknown cluster change '{changed.Kind}'."),
        };
    }

    private static PlanChange ToChange(InitiativesChanged changed)
    {
        var first = changed.Initiatives.Count > 0
            ? changed.Initiatives[0].ToInitiative()
            : throw new StoredEventFormatException($"An initiative change '{changed.Kind}' names no initiative.");
        return changed.Kind switch
        {
            PlenaryKinds.Merge => new MergeInitiatives([.. changed.Initiatives.Select(i => i.ToInitiative())]),
            PlenaryKinds.Retitle => new RetitleInitiative(first, changed.Text ?? string.Empty),
            PlenaryKinds.Dot => new CastDot(first, changed.VoterId ?? string.Empty),
            PlenaryKinds.Undot => new WithdrawDot(first, changed.VoterId ?? string.Empty),
            PlenaryKinds.Rate => new RateInitiative(first, changed.Impact ?? 0, changed.Effort ?? 0),
            PlenaryKinds.Link => new LinkPainPoints(first, [.. (changed.PainPoints ?? []).Select(p => p.ToItem())]),
            PlenaryKinds.Agree => new AgreeInitiative(first, changed.Text ?? string.Empty, changed.DueDate ?? default, changed.SuccessMeasure),
            PlenaryKinds.Status => new ChangeInitiativeStatus(first, changed.Status ?? InitiativeStatus.Proposed),
            _ => throw new StoredEventFormatException($"Unknown initiative change '{changed.Kind}'."),
        };
    }
}

/// <summary>The kinds stored in <see cref="ClustersChanged"/> and <see cref="InitiativesChanged"/>.</summary>
internal static class PlenaryKinds
{
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Rename = "rename";
    public const string Retitle = "retitle";
    public const string Dot = "dot";
    public const string Undot = "undot";
    public const string Rate = "rate";
    public const string Link = "link";
    public const string Agree = "agree";
    public const string Status = "status";

    public static ClustersChanged Encode(ClusterOperation operation, string actorId, DateTimeOffset at) => operation switch
    {
        MergeClusters merge => new ClustersChanged(actorId, at, Merge, [.. merge.Items.Select(StoredRef.Of)], null),
        SplitCluster split => new ClustersChanged(actorId, at, Split, [.. split.Items.Select(StoredRef.Of)], null),
        RenameCluster rename => new ClustersChanged(actorId, at, Rename, [StoredRef.Of(rename.Item)], rename.Name.Trim()),
        _ => throw new ArgumentException($"{operation.GetType().Name} is not stored.", nameof(operation)),
    };

    public static InitiativesChanged Encode(PlanChange change, string actorId, DateTimeOffset at) => change switch
    {
        MergeInitiatives merge => new(actorId, at, Merge, [.. merge.Initiatives.Select(StoredRef.Of)]),
        RetitleInitiative retitle => new(actorId, at, Retitle, [StoredRef.Of(retitle.Initiative)], Text: retitle.Title.Trim()),
        CastDot dot => new(actorId, at, Dot, [StoredRef.Of(dot.Initiative)], VoterId: dot.VoterId),
        WithdrawDot dot => new(actorId, at, Undot, [StoredRef.Of(dot.Initiative)], VoterId: dot.VoterId),
        RateInitiative rate => new(actorId, at, Rate, [StoredRef.Of(rate.Initiative)], Impact: rate.Impact, Effort: rate.Effort),
        LinkPainPoints link => new(actorId, at, Link, [StoredRef.Of(link.Initiative)], PainPoints: [.. link.PainPoints.Select(StoredRef.Of)]),
        AgreeInitiative agree => new(actorId, at, Agree, [StoredRef.Of(agree.Initiative)], Text: agree.Owner.Trim(), DueDate: agree.DueDate, SuccessMeasure: agree.SuccessMeasure?.Trim()),
        ChangeInitiativeStatus status => new(actorId, at, Status, [StoredRef.Of(status.Initiative)], Status: status.Status),
        _ => throw new ArgumentException($"{change.GetType().Name} is not stored.", nameof(change)),
    };
}
