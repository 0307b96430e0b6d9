using System.Text.Json;
using Microsoft.Extensions.Logging;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>
/// The app removed from (or added back to) a team: the team's workshops then follow the uninstall retention
/// (<see cref="RetentionOptions.UninstalledRetentionDays"/>), which the retention sweep applies. Each workshop
/// records the fact in its own retention stream, so it survives restarts and is seen by every instance.
/// </summary>
public sealed class TeamInstallations
{
    internal const string RemovedEvent = "AppRemovedFromTeam";
    internal const string AddedEvent = "AppAddedToTeam";

    private readonly WorkshopRepository _repository;
    private readonly WorkshopAuditTrail _audit;
    private readonly RetentionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal TeamInstallations(WorkshopRepository repository, WorkshopAuditTrail audit, RetentionOptions options, TimeProvider time, ILogger<TeamInstallations> logger)
    {
        _repository = repository;
        _audit = audit;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Records that the app was removed from the team by <paramref name="by"/>; returns how many workshops follow the uninstall retention now.</summary>
    public async Task<int> AppRemovedAsync(string tenantId, string teamId, Participant by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var workshops = await _repository.ListHeadersAsync(tenantId, teamId, null, cancellationToken);
        foreach (var header in workshops)
        {
            await _repository.AppendRetentionEventAsync(header.WorkshopId, Fact(RemovedEvent, by), cancellationToken);
            await _audit.RecordAsync(header.WorkshopId, tenantId, AuditActions.AppRemovedFromTeam, by, $"kept {_options.UninstalledRetentionDays} days, then deleted unless the app is added back", cancellationToken);
        }

        Log.AppRemoved(_logger, teamId, workshops.Count, _options.UninstalledRetentionDays);
        return workshops.Count;
    }

    /// <summary>Records that the app was added (back) to the team: its workshops are kept again.</summary>
    public async Task AppAddedAsync(string tenantId, string teamId, Participant by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        foreach (var header in await _repository.ListHeadersAsync(tenantId, teamId, null, cancellationToken))
        {
            if (await RemovedAtAsync(_repository, header.WorkshopId, cancellationToken) is not null)
            {
                await _repository.AppendRetentionEventAsync(header.WorkshopId, Fact(AddedEvent, by), cancellationToken);
            }
        }
    }

    /// <summary>When the app was last removed from the workshop's team, or null when it is installed (or never was removed).</summary>
    internal static async Task<DateTimeOffset?> RemovedAtAsync(WorkshopRepository repository, string workshopId, CancellationToken cancellationToken)
    {
        var facts = await repository.ReadRetentionEventsAsync(workshopId, cancellationToken);
        return facts.Count > 0 && facts[^1].Type == RemovedEvent ? facts[^1].OccurredAt : null;
    }

    private NewEvent Fact(string type, Participant by) =>
        new(type, JsonSerializer.Serialize(new { by = by.UserId }), by.UserId, _time.GetUtcNow());
}
