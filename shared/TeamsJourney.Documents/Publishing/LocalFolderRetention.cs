using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Retention for the local documents folder: once an hour (and at start) deletes generated files older than
/// <c>Documents:RetentionDays</c>. SharePoint copies follow the site's own retention policies instead.
/// </summary>
internal sealed class LocalFolderRetention(
    LocalFolderPublisher publisher, IOptions<DocumentPublishingOptions> options, TimeProvider time, ILogger<LocalFolderRetention> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, time);
        do
        {
            Sweep();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; the files deleted.</summary>
    public IReadOnlyList<string> Sweep()
    {
        try
        {
            var deleted = publisher.DeleteOlderThan(time.GetUtcNow().AddDays(-options.Value.RetentionDays));
            foreach (var file in deleted)
            {
                PublishingLog.RetentionDeleted(logger, file, options.Value.RetentionDays);
            }

            return deleted;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The next pass tries again; a locked file must not stop the host.
            PublishingLog.RetentionFailed(logger, failure);
            return [];
        }
    }
}
