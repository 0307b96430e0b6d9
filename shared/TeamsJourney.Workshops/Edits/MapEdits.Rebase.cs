using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Edits;

public sealed partial class MapEdits
{
    /// <summary>Either the item version to expect when storing the edit, or the outcome that ends it.</summary>
    private readonly record struct Rebase(int? ExpectedVersion, EditOutcome? Outcome);

    private async Task<Rebase> RebaseAsync(string workshopId, string groupId, GroupSession session, MapEdit request, CancellationToken cancellationToken)
    {
        var itemId = request.ItemId!;
        var item = session.Map.FindItem(itemId);
        if (item is null)
        {
            var gone = await HistoryAsync(workshopId, groupId, itemId, cancellationToken);
            if (request.BaseVersion is not null && ItemHistory.WasDeleted(gone))
            {
                var deleter = gone[^1].Actor.DisplayName;
                await _conflicts.AnnounceAsync(workshopId, itemId, deleter, ItemFields.Deleted, cancellationToken);
                return new Rebase(null, new EditConflict(null, ItemFields.Deleted, deleter, $"{deleter} deleted this item before your change arrived."));
            }

            return new Rebase(null, new EditNotFound($"There is no item '{itemId}' in this group."));
        }

        var baseVersion = request.BaseVersion ?? item.Version;
        if (baseVersion > item.Version)
        {
            return new Rebase(null, new EditInvalid($"'baseVersion' {baseVersion} is newer than the item (version {item.Version}); reload the map."));
        }

        if (baseVersion == item.Version)
        {
            return new Rebase(item.Version, null);
        }

        var history = await HistoryAsync(workshopId, groupId, itemId, cancellationToken);
        if (ItemHistory.ConflictFor(history, baseVersion, request.Op!) is { } conflict)
        {
            await _conflicts.AnnounceAsync(workshopId, itemId, conflict.Winner, conflict.Field, cancellationToken);
            return new Rebase(null, new EditConflict(
                item,
                conflict.Field,
                conflict.Winner,
                $"{conflict.Winner} changed the {conflict.Field} of this item first (now version {item.Version}, you edited version {baseVersion})."));
        }

        // Only other fields changed since the editor's version: apply on top of the current one.
        return new Rebase(item.Version, null);
    }

    private async Task<IReadOnlyList<Domain.Facilitation.Events.GroupEvent>> HistoryAsync(string workshopId, string groupId, string itemId, CancellationToken cancellationToken) =>
        ItemHistory.Of(await _repository.ReadGroupEventsAsync(workshopId, groupId, cancellationToken), itemId);
}
