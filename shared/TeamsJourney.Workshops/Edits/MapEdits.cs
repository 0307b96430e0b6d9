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
/// edit id as the idempotency key. Concurrency is per item: the edit is decided on the group as it stands at the
/// moment of writing (inside the group's write turn; again on fresh state if another instance wrote first, the one
/// <see cref="OptimisticRetry"/> policy), so an edit to one item never conflicts with an edit to another, and two
/// edits of the same item are ordered by the store: the second is rebased or, if it changed the same field, a conflict.
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
        if (await _repository.LoadGroupAsync(workshopId, groupId, cancellationToken) is null)
        {
            return await _repository.HasProcessedAsync(workshopId, key, cancellationToken)
                ? await DuplicateAsync(workshopId, groupId, request, editor, cancellationToken)
                : new EditNotFound($"Group '{groupId}' has not started in this workshop.");
        }

        // Decided on the group as it stands at the moment of writing, per item: the item's current version is the
        // one expected, so only a change to the same item (same field) can make this edit lose, never a change to
        // another item, and no retry ever re-decides on a stale read.
        EditOutcome? ended = null;
        var result = await _commands.RunDecidedAsync(workshop, groupId, async (session, ct) =>
        {
            int? expected = null;
            if (EditOperations.TargetsItem(request.Op!))
            {
                var rebase = await RebaseAsync(workshopId, groupId, session, request, ct);
                if (rebase.Outcome is not null)
                {
                    ended = rebase.Outcome;
                    return GroupDecision.Outdated("the edit ends without a change");
                }

                expected = rebase.ExpectedVersion;
            }

            var (command, error) = MapEditCommands.ToCommand(request, expected);
            if (command is null)
            {
                ended = new EditInvalid(error!);
                return GroupDecision.Outdated(error!);
            }

            ended = null;
            return GroupDecision.Run(command);
        }, editor, key, cancellationToken);

        return result.Outcome switch
        {
            GroupCommandOutcome.Applied => Applied(result, request, editor),
            GroupCommandOutcome.Duplicate => await DuplicateAsync(workshopId, groupId, request, editor, cancellationToken),
            GroupCommandOutcome.Outdated when ended is not null => ended,
            _ => new EditInvalid(result.RejectionReason ?? "The edit was refused."),
        };
    }

    private static EditApplied Applied(GroupCommandResult result, MapEdit request, Participant editor)
    {
        var itemId = request.Op == EditOperations.Add ? result.Events.OfType<ItemAdded>().Single().ItemId : request.ItemId;
        var item = itemId is null ? null : result.Session.Map.FindItem(itemId);
        return new EditApplied(result.StreamVersion, item, Initiative(result.Session, request), Duplicate: false);
    }

    private async Task<EditApplied> DuplicateAsync(string workshopId, string groupId, MapEdit request, Participant editor, CancellationToken cancellationToken)
    {
        var (session, version) = await _repository.LoadGroupWithVersionAsync(workshopId, groupId, cancellationToken) is { } found
            ? found
            : ((GroupSession?)null, 0L);
        var item = request.ItemId is { } id ? session?.Map.FindItem(id) : null;
        return new EditApplied(version, item, session is null ? null : Initiative(session, request), Duplicate: true);
    }

    private static Domain.Maps.Initiative? Initiative(GroupSession session, MapEdit request) =>
        request.InitiativeId is null ? null : session.Map.FindInitiative(request.InitiativeId);

    // Keyed by editor too, so two people's edit ids can never collide.
    private static string IdempotencyKey(string tenantId, string userId, string clientEditId) =>
        "tab-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}|{userId}|{clientEditId}")));
}
