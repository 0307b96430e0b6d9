using System.Security.Cryptography;
using System.Text;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Storage.Workshops;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Snapshots;

namespace TeamsJourney.Tabs.Edits;

/// <summary>
/// Decides what a tab edit does: validates it, rebases an edit made on an older item version when no one
/// changed the same field since, and stores it through the facilitation engine with the client's edit id
/// as the idempotency key. When two edits race, the first stored write wins and the other is re-decided
/// on fresh state, so the outcome never depends on timing beyond the store's order.
/// </summary>
public sealed partial class TabEditService(WorkshopRepository repository, IConflictNotice conflicts, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <summary>Applies one edit by <paramref name="caller"/> to a group of a workshop the caller may see.</summary>
    public async Task<EditOutcome> ApplyAsync(TabCaller caller, string workshopId, string groupId, EditRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (TabEditCommands.Validate(request) is { } invalid)
        {
            return new EditInvalid(invalid);
        }

        var key = IdempotencyKey(caller, request.ClientEditId!);
        var context = CommandContext.Create(new CommandActor(caller.UserId, caller.UserName), time.GetUtcNow());
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await repository.Store.HasProcessedAsync(workshopId, key, cancellationToken))
            {
                return await DuplicateAsync(workshopId, groupId, request, caller, cancellationToken);
            }

            var session = await repository.LoadGroupAsync(workshopId, groupId, cancellationToken);
            if (session is null)
            {
                return new EditNotFound($"Group '{groupId}' has not started in this workshop.");
            }

            int? expected = null;
            if (EditOperations.TargetsItem(request.Op!))
            {
                var rebase = await RebaseAsync(workshopId, groupId, session, request, cancellationToken);
                if (rebase.Outcome is not null)
                {
                    return rebase.Outcome;
                }

                expected = rebase.ExpectedVersion;
            }

            var (command, error) = TabEditCommands.ToCommand(request, expected);
            if (command is null)
            {
                return new EditInvalid(error!);
            }

            var result = await repository.ExecuteAsync(workshopId, groupId, null, command, context, key, cancellationToken);
            switch (result.Outcome)
            {
                case GroupCommandOutcome.Applied:
                    return Applied(result, request, caller);
                case GroupCommandOutcome.Duplicate:
                    return await DuplicateAsync(workshopId, groupId, request, caller, cancellationToken);
                case GroupCommandOutcome.Rejected when expected is not null && await ItemMovedOnAsync(workshopId, groupId, request.ItemId!, expected.Value, cancellationToken):
                    // Another write landed between our check and our store: decide again on what is stored now.
                    continue;
                default:
                    return new EditInvalid(result.RejectionReason ?? "The edit was refused.");
            }
        }

        throw new ConcurrencyException($"Item {request.ItemId} of group {groupId} kept changing under {MaxAttempts} attempts to edit it.");
    }

    private static EditApplied Applied(GroupCommandResult result, EditRequest request, TabCaller caller)
    {
        var map = result.Session.Map;
        var itemId = request.Op == EditOperations.Add ? result.Events.OfType<ItemAdded>().Single().ItemId : request.ItemId;
        var item = itemId is null ? null : map.FindItem(itemId);
        return new EditApplied(result.LastSequence, item is null ? null : SnapshotMapper.Item(item), Initiative(result.Session, request, caller), Duplicate: false);
    }

    private async Task<EditApplied> DuplicateAsync(string workshopId, string groupId, EditRequest request, TabCaller caller, CancellationToken cancellationToken)
    {
        var stream = await repository.Store.ReadStreamAsync(workshopId, WorkshopStreams.ForGroup(groupId), 0, cancellationToken);
        var session = await repository.LoadGroupAsync(workshopId, groupId, cancellationToken);
        var item = request.ItemId is { } id ? session?.Map.FindItem(id) : null;
        var initiative = session is null ? null : Initiative(session, request, caller);
        return new EditApplied(stream.Count == 0 ? 0 : stream[^1].Sequence, item is null ? null : SnapshotMapper.Item(item), initiative, Duplicate: true);
    }

    private static InitiativeSnapshot? Initiative(GroupSession session, EditRequest request, TabCaller caller)
    {
        if (request.InitiativeId is null || session.Map.FindInitiative(request.InitiativeId) is not { } initiative)
        {
            return null;
        }

        return new InitiativeSnapshot(
            initiative.Id, initiative.Title, initiative.Description, initiative.PainPointIds, initiative.Votes,
            initiative.VoterIds.Contains(caller.UserId), initiative.VoterIds, initiative.Impact, initiative.Effort);
    }

    // Keyed by caller too, so two people's edit ids can never collide.
    private static string IdempotencyKey(TabCaller caller, string clientEditId) =>
        "tab-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.TenantId}|{caller.UserId}|{clientEditId}")));
}
