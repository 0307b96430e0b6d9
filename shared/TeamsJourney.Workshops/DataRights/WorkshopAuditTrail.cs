using TeamsJourney.Storage;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>Who exported, deleted or regenerated a workshop's data: recorded durably, read by its facilitators.</summary>
public sealed class WorkshopAuditTrail
{
    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal WorkshopAuditTrail(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>The trail, oldest first, when <paramref name="requester"/> facilitates the workshop.</summary>
    public async Task<(DataRightsOutcome Outcome, IReadOnlyList<AuditLine> Lines)> ReadAsync(string workshopId, Participant requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return (DataRightsOutcome.NotFound, []);
        }

        if (!stored.Workshop.IsFacilitator(requester.UserId))
        {
            return (DataRightsOutcome.NotFacilitator, []);
        }

        var entries = await _repository.ReadAuditAsync(workshopId, cancellationToken);
        return (DataRightsOutcome.Done, [.. entries.Select(e => new AuditLine(e.Action, e.ActorId, e.ActorName, e.OccurredAt, e.Detail))]);
    }

    internal Task RecordAsync(string workshopId, string tenantId, string action, Participant actor, string? detail, CancellationToken cancellationToken) =>
        _repository.AppendAuditAsync(
            new AuditEntry(workshopId, tenantId, action, actor.UserId, Shorten(actor.DisplayName, StorageLimits.MaxIdLength), _time.GetUtcNow(), detail is null ? null : Shorten(detail, StorageLimits.MaxTitleLength)),
            cancellationToken);

    private static string Shorten(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
