using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>A tab connected to /hubs/map of an in-memory host, collecting what the server pushes.</summary>
public sealed class MapHubClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Name, JsonElement Payload, DateTime At)> _received = new();

    private MapHubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in new[] { "groupChanged", "presence", "conflictResolved", "plenaryChanged" })
        {
            connection.On<JsonElement>(name, payload => _received.Enqueue((name, payload, DateTime.UtcNow)));
        }
    }

    public HubConnection Connection { get; }

    public static async Task<MapHubClient> ConnectAsync(TestServer server, string? token, string? teamId = People.Team)
    {
        ArgumentNullException.ThrowIfNull(server);
        var url = new Uri(server.BaseAddress, teamId is null ? "hubs/map" : $"hubs/map?teamId={Uri.EscapeDataString(teamId)}");
        var connection = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                // The in-memory server speaks HTTP only, so the test uses long polling; the hub is the same.
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult(token);
            })
            .Build();
        var client = new MapHubClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task<JsonElement> JoinAsync(string workshopId, string? groupId = null) =>
        Connection.InvokeAsync<JsonElement>("JoinWorkshop", workshopId, groupId);

    /// <summary>Waits for a message of that name matching <paramref name="match"/>; returns it and when it arrived.</summary>
    public async Task<(JsonElement Payload, DateTime At)> WaitForAsync(string name, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var message in _received)
            {
                if (message.Name == name && match(message.Payload))
                {
                    return (message.Payload, message.At);
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"No matching '{name}' within {timeout.TotalMilliseconds} ms; received: {string.Join(", ", _received.Select(m => m.Name))}.");
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
