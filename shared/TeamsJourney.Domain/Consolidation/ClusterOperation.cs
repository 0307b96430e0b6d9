namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// A facilitator's change to how items are clustered. Operations name items, not clusters, so they still mean the
/// same when groups keep adding notes and the suggested clusters are worked out again; replaying them in order over
/// the groups' maps gives the consolidation, and dropping the last one undoes it.
/// </summary>
public abstract record ClusterOperation;

/// <summary>Puts the clusters holding these items together (same stage and lane).</summary>
/// <param name="Items">Items of at least two different clusters.</param>
public sealed record MergeClusters(IReadOnlyList<ItemRef> Items) : ClusterOperation;

/// <summary>Takes these items out of their cluster into a new cluster of their own.</summary>
/// <param name="Items">Some, not all, of one cluster's items.</param>
public sealed record SplitCluster(IReadOnlyList<ItemRef> Items) : ClusterOperation;

/// <summary>Names the cluster holding an item.</summary>
/// <param name="Item">Any item of the cluster.</param>
/// <param name="Name">The cluster's new name.</param>
public sealed record RenameCluster(ItemRef Item, string Name) : ClusterOperation;
