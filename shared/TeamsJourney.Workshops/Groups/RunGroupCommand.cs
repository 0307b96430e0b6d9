using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Groups;

/// <summary>
/// Runs one facilitation command (an answer, a step, a vote, an edit) against a group, as <see cref="Participant"/>:
/// whether they act as facilitator is decided here, from the workshop. A redelivered command changes nothing.
/// </summary>
public sealed class RunGroupCommand
{
    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal RunGroupCommand(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>
    /// Applies <paramref name="command"/>. <paramref name="precondition"/> (for example "the card was shown for the
    /// current step") is checked against the group as it stands at the moment of writing, never an older read;
    /// when it refuses, nothing is stored and the outcome is <see cref="GroupCommandOutcome.Outdated"/>.
    /// </summary>
    /// <exception cref="Concurrency.WorkshopBusyException">Too many writers at once; nothing was stored.</exception>
    /// <exception cref="Concurrency.EntryTooLargeException">The entry is too big to store; nothing was stored.</exception>
    /// <exception cref="GroupNotStartedException">The group's start is not stored (yet); nothing was stored.</exception>
    public Task<GroupCommandResult> RunAsync(
        ConversationGroup group,
        GroupCommand command,
        Participant participant,
        string? deliveryKey,
        Func<GroupSession, string?>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        return RunAsync(group.Workshop, group.GroupId, command, participant, deliveryKey, precondition, cancellationToken);
    }

    /// <summary>Applies <paramref name="command"/> to a group of <paramref name="workshop"/> (see the other overload).</summary>
    public Task<GroupCommandResult> RunAsync(
        Domain.Workshops.Workshop workshop,
        string groupId,
        GroupCommand command,
        Participant participant,
        string? deliveryKey,
        Func<GroupSession, string?>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(participant);
        var context = ContextFor(workshop, participant);
        if (workshop.IsLocked && ChangesTheMap(command))
        {
            return RefuseLockedAsync(workshop.Id, groupId, cancellationToken);
        }

        return _repository.ExecuteAsync(workshop.Id, groupId, null, command, context, deliveryKey, precondition, cancellationToken);
    }

    /// <summary>The words people see when the facilitator has locked the map.</summary>
    public const string LockedReason = "The facilitator has locked the map: it can be read but not changed until they unlock it.";

    /// <summary>Everything but moving through the steps and the facilitator's own controls changes what the map holds.</summary>
    internal static bool ChangesTheMap(GroupCommand command) =>
        command is not (Start or Next or Back or Skip or FinishStage or AdvanceAll or MoveToPhase or Pause or Resume);

    private async Task<GroupCommandResult> RefuseLockedAsync(string workshopId, string groupId, CancellationToken cancellationToken)
    {
        var session = await _repository.LoadGroupAsync(workshopId, groupId, cancellationToken)
            ?? throw new GroupNotStartedException(workshopId, groupId);
        return new GroupCommandResult(GroupCommandOutcome.Rejected, session, [], LockedReason, 0);
    }

    /// <summary>
    /// Applies the command <paramref name="decide"/> picks on the group as it stands at the moment of writing
    /// (see <see cref="WorkshopRepository.ExecuteDecidedAsync"/>).
    /// </summary>
    internal Task<GroupCommandResult> RunDecidedAsync(
        Domain.Workshops.Workshop workshop,
        string groupId,
        Func<GroupSession, CancellationToken, Task<GroupDecision>> decide,
        Participant participant,
        string? deliveryKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(participant);
        return _repository.ExecuteDecidedAsync(workshop.Id, groupId, null, decide, ContextFor(workshop, participant), deliveryKey, "a map edit", cancellationToken);
    }

    internal CommandContext ContextFor(Domain.Workshops.Workshop workshop, Participant participant) =>
        CommandContext.Create(new CommandActor(participant.UserId, participant.DisplayName, workshop.IsFacilitator(participant.UserId)), _time.GetUtcNow());
}
