using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Groups;

/// <summary>What undo did: the entry it removed (and the group afterwards), or why nothing was removed.</summary>
/// <param name="Result">The delete's result; null when the person had nothing left to undo.</param>
/// <param name="RemovedText">The text of the removed entry.</param>
public sealed record UndoResult(GroupCommandResult? Result, string? RemovedText)
{
    /// <summary>True when an entry was removed.</summary>
    public bool Removed => Result is { Outcome: GroupCommandOutcome.Applied };
}

/// <summary>
/// "undo" in a group: removes the newest entry the person added that is still on the map, with the same delete the
/// tab's co-editing uses (so the map, the tab and the live card all see one ordinary delete).
/// </summary>
public sealed class UndoLastEntry
{
    private readonly WorkshopRepository _repository;
    private readonly RunGroupCommand _commands;

    internal UndoLastEntry(WorkshopRepository repository, RunGroupCommand commands)
    {
        _repository = repository;
        _commands = commands;
    }

    /// <summary>Removes the person's newest entry; a redelivered undo changes nothing.</summary>
    public async Task<UndoResult> UndoAsync(ConversationGroup group, Participant participant, string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(participant);
        var session = await _repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        if (session is null)
        {
            return new UndoResult(null, null);
        }

        var history = await _repository.ReadGroupEventsAsync(group.WorkshopId, group.GroupId, cancellationToken);
        var newest = history
            .OfType<ItemAdded>()
            .Reverse()
            .FirstOrDefault(added => added.Actor.UserId == participant.UserId && session.Map.FindItem(added.ItemId) is not null);
        if (newest is null)
        {
            return new UndoResult(null, null);
        }

        // The check runs on the group as it stands at the write: a co-editor may have deleted it a moment ago.
        var result = await _commands.RunAsync(
            group,
            new DeleteItem(newest.ItemId),
            participant,
            deliveryKey,
            s => s.Map.FindItem(newest.ItemId) is null ? "That entry was already removed." : null,
            cancellationToken);
        return new UndoResult(result, session.Map.FindItem(newest.ItemId)?.Text ?? newest.Text);
    }
}
