using System.Text.Json;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Storage.Workshops;

/// <summary>
/// Loads and saves workshops and their groups on an <see cref="IWorkshopStore"/>: the domain's
/// aggregates in, stored envelopes out. Every write is optimistic; callers that change state go
/// through the retrying methods so a concurrent writer never loses an update.
/// </summary>
public sealed partial class WorkshopRepository(IWorkshopStore store, IEnumerable<IWorkshopChangeObserver>? observers = null)
{
    private readonly IReadOnlyList<IWorkshopChangeObserver> _observers = [.. observers ?? []];

    private const int MaxAttempts = 10;

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    /// <summary>The store underneath, for reads that need no domain mapping.</summary>
    public IWorkshopStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Stores a new workshop; false when its id is already taken.</summary>
    public async Task<bool> CreateWorkshopAsync(Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var header = new WorkshopHeader(workshop.Id, workshop.Location.TenantId, workshop.Location.TeamId, workshop.Location.ChannelId, workshop.Title, now);
        if (!await Store.TryCreateWorkshopAsync(header, cancellationToken))
        {
            return false;
        }

        var result = await Store.AppendAsync(workshop.Id, WorkshopStreams.Workshop, 0, [SnapshotEvent(workshop, now)], null, cancellationToken);
        return result.IsAppended;
    }

    /// <summary>The workshop with that id, or null.</summary>
    public async Task<StoredWorkshop?> LoadWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workshopId);
        // Workshops are never deleted, so one already cached needs no existence check: that saves a
        // point read on every bot turn and tab request.
        if (!_cache.ContainsKey((workshopId, WorkshopStreams.Workshop)) && await Store.GetWorkshopAsync(workshopId, cancellationToken) is null)
        {
            return null;
        }

        // The snapshot (not the aggregate) is cached: every caller gets its own Workshop to change.
        var latest = await CatchUpAsync<WorkshopSnapshot>(
            workshopId,
            WorkshopStreams.Workshop,
            stored => Task.FromResult<WorkshopSnapshot?>(ReadSnapshot(workshopId, stored[^1])),
            (_, newer) => ReadSnapshot(workshopId, newer[^1]),
            cancellationToken);
        return latest is { } found ? new StoredWorkshop(found.State.ToWorkshop(workshopId), found.StreamVersion) : null;
    }

    private static WorkshopSnapshot ReadSnapshot(string workshopId, StoredEvent latest) =>
        JsonSerializer.Deserialize<WorkshopSnapshot>(latest.Data, SnapshotJson)
            ?? throw new StoredEventFormatException($"Workshop {workshopId} has an empty snapshot at version {latest.StreamVersion}.");

    /// <summary>
    /// Applies <paramref name="change"/> to the latest workshop and saves it, reloading and reapplying
    /// when another writer saved first. The change may throw a domain exception to refuse.
    /// </summary>
    public async Task<StoredWorkshop> UpdateWorkshopAsync(string workshopId, Action<Workshop> change, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await LoadWorkshopAsync(workshopId, cancellationToken)
                ?? throw new WorkshopNotFoundException(workshopId);
            change(stored.Workshop);
            var result = await Store.AppendAsync(workshopId, WorkshopStreams.Workshop, stored.Version, [SnapshotEvent(stored.Workshop, now)], null, cancellationToken);
            if (result.IsAppended)
            {
                return stored with { Version = result.StreamVersion };
            }

            if (attempt == MaxAttempts)
            {
                throw new ConcurrencyException($"Workshop {workshopId} kept changing under {MaxAttempts} attempts to update it.");
            }
        }
    }

    private static NewEvent SnapshotEvent(Workshop workshop, DateTimeOffset now) =>
        new(WorkshopSnapshot.EventType, JsonSerializer.Serialize(WorkshopSnapshot.Of(workshop), SnapshotJson), null, now);
}
