using System.Text.Json;
using StackExchange.Redis;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Presence shared by every instance through one Redis hash per workshop (field = connection id). The
/// hash expires a while after its last change, so entries of an instance that died do not linger forever.
/// </summary>
internal sealed class RedisPresenceRegistry(IConnectionMultiplexer redis) : IPresenceRegistry
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(12);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<PresenceEntry>> UpsertAsync(string workshopId, PresenceEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var database = redis.GetDatabase();
        var key = Key(workshopId);
        await database.HashSetAsync(key, entry.ConnectionId, JsonSerializer.Serialize(entry, Json));
        await database.KeyExpireAsync(key, KeepFor);
        return await ListAsync(database, key);
    }

    public async Task<bool> HasViewersAsync(string workshopId, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().HashLengthAsync(Key(workshopId)) > 0;

    public async Task<IReadOnlyList<PresenceEntry>> RemoveAsync(string workshopId, string connectionId, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        var key = Key(workshopId);
        await database.HashDeleteAsync(key, connectionId);
        return await ListAsync(database, key);
    }

    public Task ForgetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().KeyDeleteAsync(Key(workshopId));

    private static RedisKey Key(string workshopId) => $"teamsjourney:presence:{workshopId}";

    private static async Task<IReadOnlyList<PresenceEntry>> ListAsync(IDatabase database, RedisKey key)
    {
        var fields = await database.HashGetAllAsync(key);
        return
        [
            .. fields
                .Select(f => JsonSerializer.Deserialize<PresenceEntry>(f.Value.ToString(), Json))
                .OfType<PresenceEntry>()
                .OrderBy(e => e.UserName, StringComparer.Ordinal)
                .ThenBy(e => e.ConnectionId, StringComparer.Ordinal),
        ];
    }
}
