using System.Collections.Concurrent;

namespace TeamsJourney.Tabs.Live;

/// <summary>Presence for a single instance.</summary>
internal sealed class InMemoryPresenceRegistry : IPresenceRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PresenceEntry>> _byWorkshop = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<PresenceEntry>> UpsertAsync(string workshopId, PresenceEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entries = _byWorkshop.GetOrAdd(workshopId, _ => new ConcurrentDictionary<string, PresenceEntry>(StringComparer.Ordinal));
        entries[entry.ConnectionId] = entry;
        return Task.FromResult(List(entries));
    }

    public Task<bool> HasViewersAsync(string workshopId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byWorkshop.TryGetValue(workshopId, out var entries) && !entries.IsEmpty);

    public Task<IReadOnlyList<PresenceEntry>> RemoveAsync(string workshopId, string connectionId, CancellationToken cancellationToken = default)
    {
        if (!_byWorkshop.TryGetValue(workshopId, out var entries))
        {
            return Task.FromResult<IReadOnlyList<PresenceEntry>>([]);
        }

        entries.TryRemove(connectionId, out _);
        return Task.FromResult(List(entries));
    }

    public Task ForgetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        _byWorkshop.TryRemove(workshopId, out _);
        return Task.CompletedTask;
    }

    private static IReadOnlyList<PresenceEntry> List(ConcurrentDictionary<string, PresenceEntry> entries) =>
        [.. entries.Values.OrderBy(e => e.UserName, StringComparer.Ordinal).ThenBy(e => e.ConnectionId, StringComparer.Ordinal)];
}
