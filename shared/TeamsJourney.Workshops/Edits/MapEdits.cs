using System.Security.Cryptography;
using System.Text;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Workshops.Concurrency;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Edits;

/// <summary>
/// Applies a co-editor's change to a group's map: validates it, rebases an edit made on an older item version
/// when no one changed the same field since, and stores it through the facilitation engine with the client's
/// edit id as the idempotency key. When two edits race, the first stored write wins and the other is decided
/// again on fresh state (the one <see cref="OptimisticRetry"/> policy), so the outcome never depends on timing
/// beyond the store's order.
/// </summary>
public sealed partial class MapEdits
{
    private readonly WorkshopRepository _repository;
    private readonly RunGroupCommand _commands;
    private readonly IConflictNotice _conflicts;

    internal MapEdits(WorkshopRepository repository, RunGroupCommand commands, IConflictNotice conflicts)
    {
        _repository = repository;
        _commands = commands;
        _conflicts = conflicts;
    }

    /// <summary>Applies one edit by <paramref name="editor"/> (of <paramref name="tenantId"/>) to a group of a workshop.</summary>
    /// <exception cref="WorkshopBusyException">The item kept changing under every attempt; nothing was stored.</exception>
    public async Task<EditOutcome> ApplyAsync(Participant editor, string tenantId, string workshopId, string groupId, MapEdit request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(request);
        if (MapEditCommands.Validate(request) is { } invalid)
        {
            return new EditInvalid(invalid);
        }

        var workshop = (await _repository.LoadWorkshopAsync(workshopId, cancellationToken))?.Workshop;
        if (workshop is null)
        {
            return new EditNotFound($"There is no workshop '{workshopId}'.");
        }

        if (workshop.IsLocked)
        {
            return new EditLocked(RunGroupCommand.LockedReason);
        }

        var key = IdempotencyKey(tenantId, editor.UserId, request.ClientEditId!);
        return await OptimisticRetry.RunAsync<EditOutcome>($"editing item {request.ItemId} of group {groupId}", async ct =>
        {
            if (await _repository.HasProcessedAsync(workshopId, key, ct))
            {
                return await DuplicateAsync(workshopId, groupId, request, editor, ct);
            }

            var session = await _repository.LoadGroupAsync(workshopId, groupId, ct);
            if (session is null)
            {
                return new EditNotFound($"Group '{groupId}' has not started in this workshop.");
            }

            int? expected = null;
            if (EditOperations.TargetsItem(request.Op!))
            {
                var rebase = await RebaseAsync(workshopId, groupId, session, request, ct);
                if (rebase.Outcome is not null)
                {
                    return rebase.Outcome;
                }

                expected = rebase.ExpectedVersion;
            }

            var (command, error) = MapEditCommands.ToCommand(request, expected);
            if (command is null)
            {
                return new EditInvalid(error!);
            }

            var result = await _commands.RunAsync(workshop, groupId, command, editor, key, cancellationToken: ct);
            return result.Outcome switch
            {
                GroupCommandOutcome.Applied => Applied(result, request, editor),
                GroupCommandOutcome.Duplicate => await DuplicateAsync(workshopId, groupId, request, editor, ct),

                // Another write landed between our check and our store: decide again on what is stored now.
                GroupCommandOutcome.Rejected when expected is not null && await ItemMovedOnAsync(workshopId, groupId, request.ItemId!, expected.Value, ct) => null,
                _ => new EditInvalid(result.RejectionReason ?? "The edit was refused."),
            };
        }, cancellationToken);
    }

    private static EditApplied Applied(GroupCommandResult result, MapEdit request, Participant editor)
    {
        var itemId = request.Op == EditOperations.Add ? result.Events.OfType<ItemAdded>().Single().ItemId : request.ItemId;
        var item = itemId is null ? null : result.Session.Map.FindItem(itemId);
        return new EditApplied(result.LastSequence, item, Initiative(result.Session, request), Duplicate: false);
    }

    private async Task<EditApplied> DuplicateAsync(string workshopId, string groupId, MapEdit request, Participant editor, CancellationToken cancellationToken)
    {
        var version = await _repository.LastGroupSequenceAsync(workshopId, groupId, cancellationToken);
        var session = await _repository.LoadGroupAsync(workshopId, groupId, cancellationToken);
        var item = request.ItemId is { } id ? session?.Map.FindItem(id) : null;
        return new EditApplied(version, item, session is null ? null : Initiative(session, request), Duplicate: true);
    }

    private static Domain.Maps.Initiative? Initiative(GroupSession session, MapEdit request) =>
        request.InitiativeId is null ? null : session.Map.FindInitiative(request.InitiativeId);

    // Keyed by editor too, so two people's edit ids can never collide.
    private static string IdempotencyKey(string tenantId, string userId, string clientEditId) =>
        "tab-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}|{userId}|{clientEditId}")));
}
