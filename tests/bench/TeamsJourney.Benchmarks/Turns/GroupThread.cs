using System.Net.Http.Json;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// A group's thread in the channel. When the group finishes its map (the review's Finish), its members carry on in
/// a new thread with the next round, as a workshop's later rounds do: the load stays the same for the whole run
/// instead of fading as groups finish.
/// </summary>
internal sealed class GroupThread
{
    private readonly HttpClient _host;
    private readonly Uri _serviceUrl;
    private readonly string _channelId;
    private readonly string _groupName;
    private readonly long _threadNumber;
    private readonly Member _starter;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private GroupThread(HttpClient host, Uri serviceUrl, string channelId, string groupName, long threadNumber, Member starter)
    {
        (_host, _serviceUrl, _channelId, _groupName, _threadNumber, _starter) = (host, serviceUrl, channelId, groupName, threadNumber, starter);
        Activities = ActivitiesFor(0);
    }

    /// <summary>The activities of the current round's thread.</summary>
    public TurnActivities Activities { get; private set; }

    /// <summary>The current round, from 0.</summary>
    public int Round { get; private set; }

    /// <summary>Rounds started after the first (groups that finished their map during the run).</summary>
    public static int LaterRounds => s_laterRounds;

    private static int s_laterRounds;

    public static async Task<GroupThread> StartAsync(HttpClient host, Uri serviceUrl, string channelId, string groupName, long threadNumber, Member starter)
    {
        var thread = new GroupThread(host, serviceUrl, channelId, groupName, threadNumber, starter);
        await thread.PostStartAsync(groupName);
        return thread;
    }

    /// <summary>Starts the round after <paramref name="finishedRound"/> once, whichever member asks first; returns the current round.</summary>
    public async Task<int> NextRoundAsync(int finishedRound)
    {
        await _gate.WaitAsync();
        try
        {
            if (Round == finishedRound)
            {
                Activities = ActivitiesFor(Round + 1);
                await PostStartAsync($"{_groupName} round {Round + 2}");
                Round++;
                Interlocked.Increment(ref s_laterRounds);
            }

            return Round;
        }
        finally
        {
            _gate.Release();
        }
    }

    private TurnActivities ActivitiesFor(int round) =>
        new(_serviceUrl, _channelId, $"{_channelId};messageid={1_700_000_000_000 + (round * 1_000_000) + _threadNumber}");

    private async Task PostStartAsync(string name)
    {
        using var started = await _host.PostAsJsonAsync("api/messages", Activities.Start("missed-bin-collection", name, _starter));
        if (!started.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"start answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
        }
    }
}
