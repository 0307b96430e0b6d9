using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.Workshops.Facilitation;

namespace TeamsJourney.Workshops.Hosting;

/// <summary>
/// Looks for due time boxes every <see cref="WorkshopsOptions.TimeBoxCheckSeconds"/> on the registered
/// <see cref="TimeProvider"/> (so tests move time by hand). Due times are stored, so a host that starts after a
/// restart sends what fell due while it was down. A failed round is logged and the next one tries again.
/// The use case comes through <paramref name="dueTimeBoxes"/> once the timer runs: the host resolves every hosted
/// service on its start path, before it listens, and building the use case builds much of the application layer
/// (~25 ms of a cold start, issue 16); the timer runs beside the start instead.
/// </summary>
internal sealed partial class TimeBoxTimer(
    Func<RunDueTimeBoxes> dueTimeBoxes, TimeProvider time, IOptions<WorkshopsOptions> options, ILogger<TimeBoxTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var due = dueTimeBoxes();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.TimeBoxCheckSeconds), time);
        do
        {
            try
            {
                await due.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store or a Connector call failed. What was not yet stored as handled is still due, so the
                // next round picks it up; a reminder stored as sent is not sent twice.
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking due time boxes failed; the next round tries again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
