using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>Runs the retention sweep at start and then every <see cref="RetentionOptions.RetentionSweepMinutes"/>, on the host's <see cref="TimeProvider"/>.</summary>
internal sealed class RetentionService(PurgeExpiredWorkshops purge, RetentionOptions options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.RetentionSweepMinutes)), time);
        do
        {
            try
            {
                await purge.PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store outage must not stop the host; the sweep is repeatable and runs again at the next tick.
                Log.SweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
