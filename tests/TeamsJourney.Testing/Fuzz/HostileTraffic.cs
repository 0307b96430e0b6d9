using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using TeamsJourney.Testing.Hosting;

namespace TeamsJourney.Testing.Fuzz;

/// <summary>What a hostile run did to the host: every figure the fuzz test asserts and the benchmark prints.</summary>
public sealed record HostileTrafficTally(
    int ActivityRequests,
    int TabRequests,
    int ServerErrors,
    int InnerServerErrors,
    int UnhandledExceptions,
    IReadOnlyDictionary<int, int> Statuses,
    IReadOnlyList<string> Failures,
    TimeSpan Elapsed)
{
    /// <summary>Invokes the bot does not handle, answered 501 as the protocol asks (not counted in <see cref="ServerErrors"/>).</summary>
    public int UnsupportedInvokes => Statuses.GetValueOrDefault(501);

    public string Summary =>
        $"requests {ActivityRequests + TabRequests} ({ActivityRequests} activities, {TabRequests} tab), 5xx {ServerErrors} (besides {UnsupportedInvokes} unsupported invokes answered 501), inner 500 {InnerServerErrors}, " +
        $"unhandled exceptions {UnhandledExceptions}, statuses {string.Join(" ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"))}, {Elapsed.TotalSeconds:F1} s";
}

/// <summary>
/// Sends hostile activities (signed as the channel) to /api/messages and hostile tab requests to /api/tab of a real
/// host, and counts what must never happen: a 5xx, an invoke answered with an inner 5xx status, an error or exception
/// in the host's log.
/// </summary>
public static class HostileTraffic
{
    public static async Task<HostileTrafficTally> RunAsync(
        BotHost host, LocalChannelService channel, int activities, int tabRequests, int seed, int parallelism = 4)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(channel);
        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);

        // One channel token for the run (it is valid for 30 minutes): signing is not what is measured.
        var token = channel.IssueToken(BotHost.AppId);
        var activityBodies = new HostileActivities(channel.ServiceUrl, seed);
        var tab = new HostileTabRequests(seed);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var innerErrors = 0;
        var logBefore = host.Log.Failures.Count;
        var clock = Stopwatch.StartNew();

        // Generated up front, in order, so a seed always gives the same bodies whatever the parallelism.
        var bodies = Enumerable.Range(0, activities).Select(_ => activityBodies.Next()).ToList();
        var requests = Enumerable.Range(0, tabRequests).Select(_ => tab.Next()).ToList();

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (body, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500 && !IsUnsupportedInvoke(response, body))
            {
                failures.Enqueue($"HTTP {(int)response.StatusCode} for {Excerpt(body)}: {text}");
            }
            else if (InnerStatus(text) is >= 500 and var inner)
            {
                Interlocked.Increment(ref innerErrors);
                failures.Enqueue($"inner {inner} for {Excerpt(body)}: {text}");
            }
        });

        var tabStatuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (request, cancellationToken) =>
        {
            using (request)
            {
                using var response = await client.SendAsync(request, cancellationToken);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Enqueue($"HTTP {(int)response.StatusCode} for {request.Method} {request.RequestUri}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
        });

        var logged = host.Log.Failures.Skip(logBefore).ToList();
        var seen = new List<string>();
        foreach (var entry in logged.Take(20))
        {
            seen.Add($"log {entry.Level} {entry.Category}: {entry.Message} {entry.Exception?.GetType().Name}: {entry.Exception?.Message}");
        }

        return new HostileTrafficTally(
            activities,
            tabRequests,
            failures.Count(f => f.StartsWith("HTTP 5", StringComparison.Ordinal)),
            innerErrors,
            logged.Count,
            new Dictionary<int, int>(statuses),
            [.. seen, .. failures],
            clock.Elapsed);
    }

    // The protocol's answer to an invoke the bot does not handle (e.g. "task/fetch") is 501 with an empty body, as in
    // the Bot Framework SDKs: not a failure. It is counted apart, never as a 5xx of the host.
    private static bool IsUnsupportedInvoke(HttpResponseMessage response, byte[] body) =>
        (int)response.StatusCode == 501 && response.Content.Headers.ContentLength is 0 or null
        && System.Text.Encoding.UTF8.GetString(body).StartsWith("{\"type\":\"invoke\"", StringComparison.Ordinal);

    private static int? InnerStatus(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("statusCode", out var status) && status.TryGetInt32(out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(byte[] body) =>
        System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
