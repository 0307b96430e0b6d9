using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// One open tab, kept current the way the live map page keeps its store (tabs/web/src/state): it reads the map once,
/// applies each "groupChanged" delta in place when it follows on from the group version it holds, ignores old news,
/// and on a gap reads the group again (GET .../map?groupId=) once, holding back the deltas that arrive meanwhile.
/// It notes (Stopwatch ticks, the same clock the sender reads) when each item first became part of its copy.
/// </summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly HttpClient _host;
    private readonly string _workshopId;
    private readonly bool _measureSizes;
    private readonly Action _onArrival;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GroupCopy> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _itemArrivals = new(StringComparer.Ordinal);
    private readonly List<int> _pushBytes = [];
    // Deltas that arrive before the map is read (null once it is), and per group while it is read again.
    private List<Delta>? _early = [];
    private readonly Dictionary<string, List<Delta>> _refetching = new(StringComparer.Ordinal);
    private int _refetches;

    private LiveClient(string instance, HubConnection connection, HttpClient host, string workshopId, bool measureSizes, Action onArrival)
    {
        Instance = instance;
        _connection = connection;
        _host = host;
        _workshopId = workshopId;
        _measureSizes = measureSizes;
        _onArrival = onArrival;
        _connection.On<JsonElement>("groupChanged", Arrived);
    }

    /// <summary>The host instance this client is connected to ("A" or "B").</summary>
    public string Instance { get; }

    /// <summary>How often this client found a gap and read a group again.</summary>
    public int Refetches
    {
        get
        {
            lock (_gate)
            {
                return _refetches;
            }
        }
    }

    /// <summary>The UTF-8 size of every push this client received (only when asked to measure).</summary>
    public IReadOnlyList<int> PushBytes
    {
        get
        {
            lock (_gate)
            {
                return [.. _pushBytes];
            }
        }
    }

    /// <summary>Joins the workshop, then reads its map (as the page does: a change in between is a delta or a gap).</summary>
    public static async Task<LiveClient> ConnectAsync(string instance, HostInstance host, string workshopId, bool measureSizes, Action onArrival)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/map"), HttpTransportType.WebSockets, options => options.SkipNegotiation = true)
            .Build();
        var client = new LiveClient(instance, connection, host.Http, workshopId, measureSizes, onArrival);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinWorkshop", workshopId, null);
        await client.LoadAsync();
        return client;
    }

    /// <summary>When the item first became part of this client's copy of the map, or null if it has not yet.</summary>
    public long? ArrivalOf(string itemId)
    {
        lock (_gate)
        {
            return _itemArrivals.TryGetValue(itemId, out var at) ? at : null;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private async Task LoadAsync()
    {
        var map = await ReadMapAsync(null);
        List<Delta> early;
        lock (_gate)
        {
            foreach (var group in map.Groups)
            {
                Take(group, 0);
            }

            early = _early ?? [];
            _early = null;
        }

        foreach (var delta in early)
        {
            Apply(delta);
        }
    }

    private void Arrived(JsonElement message)
    {
        var delta = message.Deserialize<Delta>(Json) ?? throw new InvalidOperationException("groupChanged carried null.");
        lock (_gate)
        {
            if (_measureSizes)
            {
                _pushBytes.Add(Encoding.UTF8.GetByteCount(message.GetRawText()));
            }

            if (_early is { } early)
            {
                early.Add(delta);
                return;
            }
        }

        Apply(delta);
    }

    private void Apply(Delta delta)
    {
        var refetch = false;
        lock (_gate)
        {
            if (_refetching.TryGetValue(delta.GroupId, out var waiting))
            {
                waiting.Add(delta);
                return;
            }

            _groups.TryGetValue(delta.GroupId, out var held);
            if (held is not null && delta.GroupVersion <= held.Version)
            {
                return;
            }

            if ((held?.Version ?? 0) != delta.FromGroupVersion || (held is null && delta.Header is null))
            {
                _refetching[delta.GroupId] = [];
                _refetches++;
                refetch = true;
            }
            else
            {
                var copy = held ?? new GroupCopy();
                _groups[delta.GroupId] = copy;
                foreach (var id in delta.RemovedItemIds)
                {
                    copy.Items.Remove(id);
                }

                foreach (var item in delta.Items)
                {
                    // An item held at a newer version stays (the page's rule for its own confirmed edits).
                    if (!copy.Items.TryGetValue(item.Id, out var old) || old.Version <= item.Version)
                    {
                        copy.Items[item.Id] = item;
                    }

                    // Stamped once applied (after the JSON was read into objects, as the page would have it).
                    _itemArrivals.TryAdd(item.Id, Stopwatch.GetTimestamp());
                }

                copy.Version = delta.GroupVersion;
            }
        }

        if (refetch)
        {
            _ = RefetchAsync(delta.GroupId);
        }
        else
        {
            _onArrival();
        }
    }

    private async Task RefetchAsync(string groupId)
    {
        try
        {
            var map = await ReadMapAsync(groupId);
            var now = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                foreach (var group in map.Groups.Where(g => !_groups.TryGetValue(g.GroupId, out var held) || g.GroupVersion > held.Version))
                {
                    Take(group, now);
                }
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
        {
            Console.Error.WriteLine($"  a client could not read group {groupId} again: {error.Message}");
        }

        List<Delta> waiting;
        lock (_gate)
        {
            waiting = _refetching.Remove(groupId, out var held) ? held : [];
        }

        _onArrival();
        foreach (var delta in waiting)
        {
            Apply(delta);
        }
    }

    // Items of a group read whole: those not seen before arrive now (0 for the first read: not waited on).
    private void Take(GroupWire group, long arrivedAt)
    {
        var copy = new GroupCopy { Version = group.GroupVersion };
        foreach (var item in group.Items)
        {
            copy.Items[item.Id] = item;
            _itemArrivals.TryAdd(item.Id, arrivedAt);
        }

        _groups[group.GroupId] = copy;
    }

    private async Task<MapWire> ReadMapAsync(string? groupId)
    {
        var query = groupId is null ? string.Empty : $"?groupId={Uri.EscapeDataString(groupId)}";
        return await _host.GetFromJsonAsync<MapWire>($"api/tab/workshops/{Uri.EscapeDataString(_workshopId)}/map{query}", Json)
            ?? throw new InvalidOperationException("GET .../map answered null.");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class GroupCopy
    {
        public long Version { get; set; }

        public Dictionary<string, ItemWire> Items { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>What the page keeps of an item (the rest of the wire fields are read and dropped).</summary>
    private sealed record ItemWire(string Id, string StageId, string Lane, string Text, int Version);

    private sealed record GroupWire(string GroupId, long GroupVersion, List<ItemWire> Items);

    private sealed record MapWire(long Version, List<GroupWire> Groups);

    private sealed record Delta(
        string GroupId,
        long FromGroupVersion,
        long GroupVersion,
        JsonElement? Header,
        List<ItemWire> Items,
        List<string> RemovedItemIds);
}
