using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// The working set of clusters while a consolidation is worked out: every item in exactly one bucket. Operations are
/// checked before they are applied, so an operation that no longer fits (its items were deleted or moved) is reported
/// and left out instead of half-applied.
/// </summary>
internal sealed class ClusterPartition
{
    private readonly Dictionary<ItemRef, Bucket> _bucketOf = [];
    private readonly List<Bucket> _buckets = [];
    private readonly Dictionary<ItemRef, int> _position;

    public ClusterPartition(IReadOnlyDictionary<ItemRef, int> position)
    {
        _position = new Dictionary<ItemRef, int>(position);
    }

    public void AddSeparate(ClusterMember member, string stageId) => NewBucket(stageId, member.Item.Lane, [member]);

    public void AddSuggested(ClusterMember member, string stageId)
    {
        var home = _buckets.FirstOrDefault(b => b.StageId == stageId && b.Lane == member.Item.Lane
            && TextSimilarity.AreSimilar(b.Members[0].Item.Text, member.Item.Text));
        if (home is null)
        {
            NewBucket(stageId, member.Item.Lane, [member]);
            return;
        }

        home.Members.Add(member);
        _bucketOf[member.Ref] = home;
    }

    /// <summary>Why <paramref name="operation"/> cannot be applied now, or null when it can.</summary>
    public string? Check(ClusterOperation operation) => operation switch
    {
        MergeClusters merge => CheckMerge(merge),
        SplitCluster split => CheckSplit(split),
        RenameCluster rename => _bucketOf.ContainsKey(rename.Item) ? null : Gone(rename.Item),
        _ => $"'{operation.GetType().Name}' is not a clustering operation.",
    };

    /// <summary>Applies an operation <see cref="Check"/> accepted.</summary>
    public void Apply(ClusterOperation operation, string? name)
    {
        switch (operation)
        {
            case MergeClusters merge:
                Merge(merge.Items);
                break;
            case SplitCluster split:
                Split(split.Items);
                break;
            case RenameCluster rename:
                _bucketOf[rename.Item].Name = name;
                break;
        }
    }

    public IReadOnlyList<ItemCluster> Clusters(IReadOnlyList<WorkshopStage> stages)
    {
        var stageOrder = stages.ToDictionary(s => s.Id, s => s.Order, StringComparer.Ordinal);
        return _buckets
            .OrderBy(b => stageOrder.GetValueOrDefault(b.StageId, int.MaxValue))
            .ThenBy(b => LaneCatalog.Of(b.Lane).Order)
            .ThenBy(b => _position[b.Members[0].Ref])
            .Select(b => new ItemCluster(
                ItemCluster.IdFor(b.Members[0].Ref), b.Name ?? b.Members[0].Item.Text, b.Name is not null, b.StageId, b.Lane, [.. b.Members]))
            .ToList();
    }

    private string? CheckMerge(MergeClusters merge)
    {
        if (FirstMissing(merge.Items) is { } missing)
        {
            return Gone(missing);
        }

        var buckets = merge.Items.Select(i => _bucketOf[i]).Distinct().ToList();
        if (buckets.Count < 2)
        {
            return "Choose notes from at least two clusters to merge.";
        }

        return buckets.Any(b => b.StageId != buckets[0].StageId || b.Lane != buckets[0].Lane)
            ? "Only notes at the same stage and in the same lane can be clustered together."
            : null;
    }

    private string? CheckSplit(SplitCluster split)
    {
        if (split.Items.Count == 0)
        {
            return "Choose the notes to take out of the cluster.";
        }

        if (FirstMissing(split.Items) is { } missing)
        {
            return Gone(missing);
        }

        var buckets = split.Items.Select(i => _bucketOf[i]).Distinct().ToList();
        if (buckets.Count > 1)
        {
            return "Split takes notes out of one cluster; those notes are in different clusters.";
        }

        return split.Items.Distinct().Count() >= buckets[0].Members.Count
            ? "Split needs at least one note to stay behind; every note of the cluster was chosen."
            : null;
    }

    private ItemRef? FirstMissing(IEnumerable<ItemRef> items) =>
        items.Where(i => !_bucketOf.ContainsKey(i)).Select(i => (ItemRef?)i).FirstOrDefault();

    private static string Gone(ItemRef item) => $"The note {item} is no longer on its group's map.";

    private void Merge(IReadOnlyList<ItemRef> items)
    {
        var buckets = items.Select(i => _bucketOf[i]).Distinct().OrderBy(b => _position[b.Members[0].Ref]).ToList();
        var into = buckets[0];
        into.Name ??= buckets.Select(b => b.Name).FirstOrDefault(n => n is not null);
        foreach (var other in buckets.Skip(1))
        {
            foreach (var member in other.Members)
            {
                into.Members.Add(member);
                _bucketOf[member.Ref] = into;
            }

            _buckets.Remove(other);
        }

        into.Members.Sort((a, b) => _position[a.Ref].CompareTo(_position[b.Ref]));
    }

    private void Split(IReadOnlyList<ItemRef> items)
    {
        var chosen = items.ToHashSet();
        var from = _bucketOf[items[0]];
        var leaving = from.Members.Where(m => chosen.Contains(m.Ref)).ToList();
        from.Members.RemoveAll(m => chosen.Contains(m.Ref));
        NewBucket(from.StageId, from.Lane, leaving);
    }

    private void NewBucket(string stageId, Lane lane, List<ClusterMember> members)
    {
        var bucket = new Bucket(stageId, lane, members);
        _buckets.Add(bucket);
        foreach (var member in members)
        {
            _bucketOf[member.Ref] = bucket;
        }
    }

    private sealed class Bucket(string stageId, Lane lane, List<ClusterMember> members)
    {
        public string StageId { get; } = stageId;

        public Lane Lane { get; } = lane;

        public List<ClusterMember> Members { get; } = members;

        public string? Name { get; set; }
    }
}
