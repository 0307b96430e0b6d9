using TeamsJourney.Testing.Crash;
using Xunit.Abstractions;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// The short kill -9 round of CI: a real host process on SQLite takes typed answers from three groups, is killed with
/// SIGKILL mid-stream and started again; every answer it acknowledged is stored exactly once. The full run is the
/// `crash` benchmark.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-crash-").FullName;
    private LocalChannelService _channel = null!;

    public async Task InitializeAsync() => _channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_answer_acknowledged_before_a_kill_9_is_stored_exactly_once_after_restart()
    {
        var tally = await CrashRounds.RunAsync(_channel, _folder, rounds: 1, groups: 3, answeringFor: TimeSpan.FromSeconds(3));
        output.WriteLine(tally.Summary);

        Assert.True(tally.Acknowledged > 0, "No answer was acknowledged before the kill: " + tally.Summary);
        Assert.Equal((0, 0), (tally.Lost, tally.Duplicated));
    }
}
