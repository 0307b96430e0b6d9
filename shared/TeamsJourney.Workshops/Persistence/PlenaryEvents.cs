using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Workshops.Persistence;

// The stored shapes of the second half's stream. The domain's operations name items by reference; these records
// carry them as (group, id) pairs so the JSON stays flat and readable in an export.

/// <summary>One stored second-half event.</summary>
internal abstract record PlenaryEvent(string ActorId, DateTimeOffset OccurredAt);

/// <summary>A (group, id) pair: an item or initiative across the workshop.</summary>
internal sealed record StoredRef(string Group, string Id)
{
    public static StoredRef Of(ItemRef item) => new(item.GroupId, item.ItemId);

    public static StoredRef Of(InitiativeRef initiative) => new(initiative.GroupId, initiative.InitiativeId);

    public ItemRef ToItem() => new(Group, Id);

    public InitiativeRef ToInitiative() => new(Group, Id);
}

/// <summary>The facilitator merged, split or renamed clusters.</summary>
internal sealed record ClustersChanged(string ActorId, DateTimeOffset OccurredAt, string Kind, IReadOnlyList<StoredRef> Items, string? Name)
    : PlenaryEvent(ActorId, OccurredAt);

/// <summary>The facilitator undid the last cluster change.</summary>
internal sealed record ClusterChangeUndone(string ActorId, DateTimeOffset OccurredAt) : PlenaryEvent(ActorId, OccurredAt);

/// <summary>The facilitator lined a group's stage up with a workshop stage.</summary>
internal sealed record StageLinedUp(string ActorId, DateTimeOffset OccurredAt, string GroupId, string GroupStageId, string WorkshopStageId)
    : PlenaryEvent(ActorId, OccurredAt);

/// <summary>A change to the pooled initiatives: a merge, title, dot, rating, link, agreement or status.</summary>
internal sealed record InitiativesChanged(
    string ActorId,
    DateTimeOffset OccurredAt,
    string Kind,
    IReadOnlyList<StoredRef> Initiatives,
    string? Text = null,
    string? VoterId = null,
    int? Impact = null,
    int? Effort = null,
    IReadOnlyList<StoredRef>? PainPoints = null,
    DateOnly? DueDate = null,
    string? SuccessMeasure = null,
    InitiativeStatus? Status = null) : PlenaryEvent(ActorId, OccurredAt);

/// <summary>The facilitator undid the last merge of initiatives.</summary>
internal sealed record InitiativeMergeUndone(string ActorId, DateTimeOffset OccurredAt) : PlenaryEvent(ActorId, OccurredAt);

/// <summary>The facilitator set the number of workshop-wide dots each person has.</summary>
internal sealed record DotsPerPersonSet(string ActorId, DateTimeOffset OccurredAt, int Dots) : PlenaryEvent(ActorId, OccurredAt);

/// <summary>
/// The facilitator froze the workshop as a named version. It records where every stream stood (each group's stream
/// version and how many second-half events came before), so the version is rebuilt exactly from the events and no
/// copy of the map is stored.
/// </summary>
internal sealed record VersionFrozen(
    string ActorId, DateTimeOffset OccurredAt, string Name, IReadOnlyDictionary<string, long> GroupVersions, int PlenaryEvents)
    : PlenaryEvent(ActorId, OccurredAt);
