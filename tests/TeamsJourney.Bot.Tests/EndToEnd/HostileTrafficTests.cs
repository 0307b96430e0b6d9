using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Testing.Fuzz;
using Xunit.Abstractions;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// The short fuzz run of CI: thousands of hostile activities, signed as the channel, through /api/messages of the
/// real host, and hostile tab API requests. Bad input is a 4xx, an ignored activity or a friendly card; never a 5xx,
/// an inner 500 or an error in the log. The full run is the `fuzz` benchmark.
/// </summary>
public sealed class HostileTrafficTests(ITestOutputHelper output) : BotOnSqliteTest
{
    [Fact]
    public async Task Two_thousand_hostile_activities_and_tab_requests_give_no_5xx_no_inner_500_and_no_logged_failure()
    {
        var tally = await HostileTraffic.RunAsync(Host, Channel, activities: 2_000, tabRequests: 400, seed: 14);
        output.WriteLine(tally.Summary);
        foreach (var failure in tally.Failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(tally.ServerErrors == 0 && tally.InnerServerErrors == 0 && tally.UnhandledExceptions == 0, tally.Summary + "\n" + string.Join("\n", tally.Failures.Take(10)));
        Assert.True(tally.Statuses.GetValueOrDefault(200) > 2_000 / 3, "A good share of the hostile activities should reach the bot and be answered: " + tally.Summary);
    }
}
