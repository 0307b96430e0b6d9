using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// One open tab, as far as the hub is concerned: a WebSocket HubConnection joined to the workshop that notes
/// the moment each "groupChanged" arrives (Stopwatch ticks, the same clock the sender reads) and its version.
/// </summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Lock _gate = new();
    private readonly List<(long Version, long ArrivedAt)> _arrivals = [];
    private readonly Action _onArrival;

    private LiveClient(string instance, HubConnection connection, Action onArrival)
    {
        Instance = instance;
        _connection = connection;
        _onArrival = onArrival;
        _connection.On<VersionOnly>("groupChanged", Arrived);
    }

    /// <summary>The host instance this client is connected to ("A" or "B").</summary>
    public string Instance { get; }

    public static async Task<LiveClient> ConnectAsync(string instance, Uri host, string workshopId, Action onArrival)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host, "hubs/map"), HttpTransportType.WebSockets, options => options.SkipNegotiation = true)
            .Build();
        var client = new LiveClient(instance, connection, onArrival);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinWorkshop", workshopId, null);
        return client;
    }

    /// <summary>When the first push carrying <paramref name="version"/> or later arrived, or null if none has yet.</summary>
    public long? ArrivalOf(long version)
    {
        lock (_gate)
        {
            foreach (var (seen, arrivedAt) in _arrivals)
            {
                if (seen >= version)
                {
                    return arrivedAt;
                }
            }

            return null;
        }
    }

    /// <summary>Forgets the arrivals up to a version already accounted for, so each look-up stays short.</summary>
    public void ForgetUpTo(long version)
    {
        lock (_gate)
        {
            _arrivals.RemoveAll(a => a.Version <= version);
        }
    }

    private void Arrived(VersionOnly message)
    {
        var now = Stopwatch.GetTimestamp();
        var version = message.Version;
        lock (_gate)
        {
            _arrivals.Add((version, now));
        }

        _onArrival();
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    /// <summary>
    /// All the benchmark reads of a push. The JSON reader still walks the whole group snapshot but builds nothing
    /// from it, so 100 clients on the host's two cores cost the host less than 100 parsed snapshots would.
    /// </summary>
    private sealed record VersionOnly(long Version);
}
