using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>
/// The facilitator shapes the consolidated map: merges, splits and renames clusters, undoes the last of those, and
/// lines a custom script's stages up. The groups' own maps never change.
/// </summary>
public sealed class ConsolidateMap
{
    private readonly PlenaryWriter _writer;

    internal ConsolidateMap(PlenaryWriter writer) => _writer = writer;

    /// <summary>Merges, splits or renames; refused (with the reason) when it does not fit the clusters now.</summary>
    public Task<PlenaryResult> ApplyAsync(string workshopId, Participant facilitator, ClusterOperation operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, _, now) =>
        {
            view.Consolidation.Apply(operation);
            return PlenaryKinds.Encode(operation, facilitator.UserId, now);
        }, cancellationToken);
    }

    /// <summary>Undoes the last merge, split or rename.</summary>
    public Task<PlenaryResult> UndoAsync(string workshopId, Participant facilitator, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, _, now) =>
        {
            view.Consolidation.Undo();
            return new ClusterChangeUndone(facilitator.UserId, now);
        }, cancellationToken);

    /// <summary>Lines a group's stage up with a workshop stage (for groups on different scripts).</summary>
    public Task<PlenaryResult> LineUpStageAsync(string workshopId, Participant facilitator, StageMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, _, now) =>
        {
            StageAlignment.Validate(view.Consolidation.Groups, mapping);
            return new StageLinedUp(facilitator.UserId, now, mapping.GroupId, mapping.GroupStageId, mapping.WorkshopStageId);
        }, cancellationToken);
    }
}
