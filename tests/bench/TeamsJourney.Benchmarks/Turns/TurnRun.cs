using System.Diagnostics;
using System.Net.Http.Json;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>How the members press: as fast as answers come back (closed loop) or on their own clock (open loop).</summary>
internal enum PressLoop
{
    Closed,
    Open,
}

/// <summary>One run's figures.</summary>
internal sealed record TurnResult(string Name, int Participants, PressLoop Loop, double Seconds, TurnTally Tally, int Misfiled, int Checked, HostUsage? Usage, int RoundsStarted = 0)
{
    public double TurnsPerSecond => Tally.Turns / Seconds;
}

/// <summary>
/// Plays groups of members in channel threads of one channel against a host: every group is started with a typed
/// `start`, every member then presses the card they see, in a closed or an open loop, for a fixed time.
/// </summary>
internal static class TurnRun
{
    public static async Task<TurnResult> RunAsync(
        string name, HttpClient host, Uri serviceUrl, int participants, int groupSize, PressLoop loop, TimeSpan duration, TimeSpan warmUp, double pressEverySeconds, bool fullDepth, Func<HostUsage>? usage)
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var groups = await StartGroupsAsync(host, serviceUrl, run, participants, groupSize, fullDepth);
        var members = groups.SelectMany(g => g).ToList();
        var looks = new TurnTally();
        await Task.WhenAll(members.Select(m => m.LookAsync(looks, CancellationToken.None)));
        if (looks.Errors > 0)
        {
            throw new BenchmarkFailedException($"{name}: members could not see their cards: {looks.FirstError}");
        }

        // A host just started is still compiling its hot paths (tiered JIT with dynamic PGO): a few seconds of the
        // same presses first, so the run measures the steady state a workshop meets after its first minutes.
        if (warmUp > TimeSpan.Zero)
        {
            using var warming = new CancellationTokenSource(warmUp);
            await Task.WhenAll(members.Select(m => PressClosedAsync(m, new TurnTally(), warming.Token)));
        }

        var tally = new TurnTally();
        var roundsBefore = GroupThread.LaterRounds;
        var before = usage?.Invoke();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(members.Select(m => loop == PressLoop.Closed
            ? PressClosedAsync(m, tally, stop.Token)
            : PressOpenAsync(m, tally, pressEverySeconds, stop.Token)));
        var seconds = clock.Elapsed.TotalSeconds;
        var used = usage is null || before is null ? null : usage() - before;
        var (misfiled, checkedAnswers) = await MisfiledAnswers.CountAsync(host, [.. Enumerable.Range(0, ChannelCount(groups.Count)).Select(c => ChannelId(run, c))]);
        return new TurnResult(name, participants, loop, seconds, tally, misfiled, checkedAnswers, used, GroupThread.LaterRounds - roundsBefore);
    }

    // A workshop is a channel with its breakout threads; ten groups of five is a large real one.
    private const int GroupsPerChannel = 10;

    private static int ChannelCount(int groups) => (groups + GroupsPerChannel - 1) / GroupsPerChannel;

    private static string ChannelId(string run, int channel) => $"19:turns{run}c{channel}@thread.tacv2";

    // Groups start at MVP depth; with fullDepth the facilitator (who started the channel's first group) sets the
    // workshop to full depth right after that start, which switches that group and every group started later.
    private static async Task<List<List<GroupMember>>> StartGroupsAsync(HttpClient host, Uri serviceUrl, string run, int participants, int groupSize, bool fullDepth)
    {
        var groups = new List<List<GroupMember>>();
        for (var first = 0; first < participants; first += groupSize)
        {
            var channelId = ChannelId(run, groups.Count / GroupsPerChannel);
            var members = Enumerable.Range(first, Math.Min(groupSize, participants - first)).Select(n => new Member(n)).ToList();
            var thread = await GroupThread.StartAsync(host, serviceUrl, channelId, $"Group {groups.Count + 1}", first, members[0]);
            var activities = thread.Activities;

            if (fullDepth && groups.Count % GroupsPerChannel == 0)
            {
                using var deeper = await host.PostAsJsonAsync("api/messages", activities.Mentioning("depth full", members[0]));
                if (!deeper.IsSuccessStatusCode)
                {
                    throw new BenchmarkFailedException($"depth full answered {(int)deeper.StatusCode}: {await deeper.Content.ReadAsStringAsync()}");
                }
            }

            groups.Add([.. members.Select(m => new GroupMember(m, thread, host))]);
        }

        return groups;
    }

    private static async Task PressClosedAsync(GroupMember member, TurnTally tally, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // A press in flight when time is up still counts: it was sent within the run.
            await member.PressAsync(tally, Stopwatch.GetTimestamp(), CancellationToken.None);
        }
    }

    // Presses arrive on the member's own schedule (exponential gaps, mean pressEverySeconds); latency counts from
    // when the press was due, so a slow host shows as latency instead of as fewer presses.
    private static async Task PressOpenAsync(GroupMember member, TurnTally tally, double pressEverySeconds, CancellationToken stop)
    {
        var due = Stopwatch.GetTimestamp();
        while (true)
        {
            var gap = -Math.Log(1 - Random.Shared.NextDouble()) * pressEverySeconds;
            due += (long)(gap * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }

            if (stop.IsCancellationRequested)
            {
                return;
            }

            await member.PressAsync(tally, due, CancellationToken.None);
        }
    }
}
