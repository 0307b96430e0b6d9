namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>Teams' limits per bot per thread: 7 sends a second and 60 in 30 seconds.</summary>
internal static class SendLimits
{
    public static void AssertKeptPerThread(IEnumerable<ConnectorCall> calls)
    {
        foreach (var thread in calls.GroupBy(c => c.Conversation))
        {
            var times = thread.Select(c => c.At).Order().ToList();
            for (var i = 0; i < times.Count; i++)
            {
                Assert.True(times.Count(t => t >= times[i] && t < times[i].AddSeconds(1)) <= 7, $"More than 7 sends within a second to {thread.Key}.");
                Assert.True(times.Count(t => t >= times[i] && t < times[i].AddSeconds(30)) <= 60, $"More than 60 sends within 30 seconds to {thread.Key}.");
            }
        }
    }
}
