using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.Hosting;

/// <summary>
/// The host warms the first card turn up beside its start: every built-in scenario's first card is rendered and
/// written, nothing is stored, and it can be switched off.
/// </summary>
public sealed class FirstTurnWarmUpTests : BotOnSqliteTest
{
    [Fact]
    public async Task A_started_host_warms_every_built_in_scenario_first_card_up_stores_nothing_and_logs_no_failure()
    {
        _ = Host.CreateClient();

        var done = await WaitForLogAsync("Warmed up the first card turn");

        Assert.Contains($"({Domain.Scenarios.BuiltInScenarios.All.Count} scenarios' first cards", done, StringComparison.Ordinal);
        Assert.Empty(Host.Log.Failures);
        Assert.Empty(await Host.Repository.ListAllHeadersAsync());
    }

    [Fact]
    public void The_warm_up_can_be_switched_off()
    {
        using var host = Host.WithWebHostBuilder(b => b.UseSetting(FirstTurnWarmUp.SettingName, "false"));

        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is FirstTurnWarmUp);
        Assert.Contains(Host.Services.GetServices<IHostedService>(), s => s is FirstTurnWarmUp);
    }

    private async Task<string> WaitForLogAsync(string prefix)
    {
        for (var waited = 0; waited < 30_000; waited += 50)
        {
            if (Host.Log.Lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No log line starting '{prefix}': {string.Join(" | ", Host.Log.Lines)}");
    }
}
