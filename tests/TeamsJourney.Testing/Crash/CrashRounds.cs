using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace TeamsJourney.Testing.Crash;

/// <summary>The figures of a kill -9 run: what the groups were told was saved, and what the store holds after restarts.</summary>
public sealed record CrashTally(int Rounds, int Acknowledged, int Unacknowledged, int Lost, int Duplicated, TimeSpan Elapsed)
{
    public string Summary =>
        $"rounds {Rounds}, acknowledged {Acknowledged}, lost {Lost}, duplicated {Duplicated}, unacknowledged (cut by the kill) {Unacknowledged}, {Elapsed.TotalSeconds:F1} s";
}

/// <summary>
/// Groups type answers into a real host process on SQLite; mid-stream the process is killed with SIGKILL and
/// started again on the same file, round after round. Every answer the host acknowledged (HTTP 200) must be stored
/// exactly once afterwards: none lost, none applied twice.
/// </summary>
public static partial class CrashRounds
{
    public static async Task<CrashTally> RunAsync(LocalChannelService channel, string folder, int rounds, int groups, TimeSpan answeringFor)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var database = Path.Combine(folder, "workshops.db");
        var settings = new Dictionary<string, string>
        {
            // Anonymous local mode: the channel service is on loopback, and signing is not what this run is about.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Bot:AppId"] = string.Empty,
            ["TabAuth:ClientId"] = string.Empty,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = database,
            ["Documents:LocalFolder"] = Path.Combine(folder, "documents"),
        };
        var threads = Enumerable.Range(0, groups)
            .Select(g => new TeamsActivities(channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid=1800{g:D9}"))
            .ToList();
        var acknowledged = new ConcurrentBag<string>();
        var unacknowledged = 0;
        var clock = Stopwatch.StartNew();
        HostProcess? host = null;
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                host = await HostProcess.StartAsync(settings);
                using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
                if (round == 1)
                {
                    foreach (var thread in threads)
                    {
                        using var started = await http.PostAsJsonAsync("api/messages", thread.MessageMentioningBot("start missed-bin-collection"));
                        started.EnsureSuccessStatusCode();
                    }
                }

                // One writer per group, as people take turns: each answer is sent once and counted only when acknowledged.
                using var stop = new CancellationTokenSource();
                var roundNumber = round;
                var writers = threads.Select((thread, g) => Task.Run(async () =>
                {
                    for (var n = 0; !stop.IsCancellationRequested; n++)
                    {
                        var token = $"ans-r{roundNumber}-g{g}-n{n}";
                        try
                        {
                            using var response = await http.PostAsJsonAsync("api/messages", thread.MessageMentioningBot(token));
                            if (response.IsSuccessStatusCode)
                            {
                                acknowledged.Add(token);
                            }
                            else
                            {
                                Interlocked.Increment(ref unacknowledged);
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                        {
                            Interlocked.Increment(ref unacknowledged);
                            return;
                        }
                    }
                })).ToList();

                await Task.Delay(answeringFor);
                host.Kill();
                stop.Cancel();
                await Task.WhenAll(writers);
                host.Dispose();
                host = null;
            }

            // The last restart: the host must come up on the file the kill left behind.
            host = await HostProcess.StartAsync(settings);
            var stored = CountStoredAnswers(database);
            var lost = acknowledged.Count(token => stored.GetValueOrDefault(token) == 0);
            var duplicated = acknowledged.Count(token => stored.GetValueOrDefault(token) > 1);
            return new CrashTally(rounds, acknowledged.Count, unacknowledged, lost, duplicated, clock.Elapsed);
        }
        finally
        {
            host?.Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    // Every stored event that carries an answer token, counted per token: once is right, 0 is lost, 2 is applied twice.
    private static Dictionary<string, int> CountStoredAnswers(string database)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            foreach (var token in AnswerToken().Matches(reader.GetString(0)).Select(m => m.Value).Distinct())
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts;
    }

    [GeneratedRegex(@"ans-r\d+-g\d+-n\d+")]
    private static partial Regex AnswerToken();
}
