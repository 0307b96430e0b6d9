using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>
/// The retention sweep: deletes every workshop older than <see cref="RetentionOptions.RetentionDays"/>, and every
/// workshop whose team removed the app more than <see cref="RetentionOptions.UninstalledRetentionDays"/> ago, each
/// with its documents and an audit line. Time comes from the <see cref="TimeProvider"/>, so tests control it.
/// </summary>
public sealed class PurgeExpiredWorkshops
{
    private readonly WorkshopRepository _repository;
    private readonly DeleteWorkshop _delete;
    private readonly RetentionOptions _options;
    private readonly TimeProvider _time;

    internal PurgeExpiredWorkshops(WorkshopRepository repository, DeleteWorkshop delete, RetentionOptions options, TimeProvider time)
    {
        _repository = repository;
        _delete = delete;
        _options = options;
        _time = time;
    }

    /// <summary>Runs one sweep; returns the ids of the workshops it deleted.</summary>
    public async Task<IReadOnlyList<string>> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var purged = new List<string>();
        foreach (var header in await _repository.ListAllHeadersAsync(cancellationToken))
        {
            string? reason = null;
            if (_options.RetentionDays is > 0 and var days && header.CreatedAt.AddDays(days) <= now)
            {
                reason = $"created {header.CreatedAt:yyyy-MM-dd}, older than the {days}-day retention";
            }
            else if (await TeamInstallations.RemovedAtAsync(_repository, header.WorkshopId, cancellationToken) is { } removedAt
                && removedAt.AddDays(_options.UninstalledRetentionDays) <= now)
            {
                reason = $"the app was removed from its team on {removedAt:yyyy-MM-dd}; kept {_options.UninstalledRetentionDays} days";
            }

            if (reason is not null)
            {
                await _delete.PurgeAsync(header.WorkshopId, header.TenantId, header.Title, reason, cancellationToken);
                purged.Add(header.WorkshopId);
            }
        }

        return purged;
    }
}
