using Microsoft.Extensions.Options;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Bot.Documents;

/// <summary>
/// Finds document jobs that no process is running any more (their host stopped mid-job) and either resumes them, with
/// the card saying so, or, when one already stopped twice, marks it failed on its card: a card never stays at its
/// last percentage. Runs at start and then every <see cref="DocumentJobOptions.SweepSeconds"/>; a job counts as
/// orphaned when it is not in this process and its newest fact is older than <see cref="DocumentJobOptions.StaleAfterSeconds"/>
/// (another instance may still be running a younger one).
/// </summary>
internal sealed partial class DocumentJobRecovery(
    DocumentJobs store,
    DocumentJobQueue queue,
    IServiceScopeFactory scopes,
    GenerateDocuments documents,
    IOptions<DocumentJobOptions> options,
    TimeProvider time,
    ILogger<DocumentJobRecovery> logger) : BackgroundService
{
    /// <summary>A job that stopped this many times is reported failed instead of being started again.</summary>
    public const int MaxStarts = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds)), time);
        do
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may be briefly unreachable; the next sweep tries again.
                Log.SweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep; returns how many jobs it resumed and how many it reported failed.</summary>
    internal async Task<(int Resumed, int Failed)> RecoverAsync(CancellationToken cancellationToken)
    {
        var staleBefore = time.GetUtcNow() - TimeSpan.FromSeconds(options.Value.StaleAfterSeconds);
        var (resumed, failed) = (0, 0);
        foreach (var record in await store.ListUnfinishedAsync(cancellationToken))
        {
            if (queue.IsHere(record.JobId) || record.LastRecordedAt > staleBefore)
            {
                continue;
            }

            var job = DocumentJob.From(record);
            var (_, title) = await documents.CheckAsync(job.WorkshopId, job.RequestedBy, cancellationToken);
            if (record.Starts < MaxStarts && queue.TryEnqueue(job))
            {
                await UpdateCardAsync(job, DocumentsCard.Progress(title ?? job.WorkshopId, "Resuming after the service restarted", 0), cancellationToken);
                Log.Resumed(logger, job.WorkshopId, job.JobId);
                resumed++;
                continue;
            }

            const string reason = "The service restarted while the documents were being generated, so they were not finished. Ask for them again.";
            await store.RecordFailedAsync(record, reason, cancellationToken);
            await UpdateCardAsync(job, DocumentsCard.Failed(title ?? job.WorkshopId, reason), cancellationToken);
            Log.ReportedFailed(logger, job.WorkshopId, job.JobId);
            failed++;
        }

        return (resumed, failed);
    }

    private async Task UpdateCardAsync(DocumentJob job, AdaptiveCard card, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ConnectorClient>()
                .UpdateActivityAsync(job.ServiceUrl, job.ConversationId, job.CardActivityId, card.ToMessage(), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.CardUpdateFailed(logger, job.WorkshopId, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Resumed document job {JobId} of workshop {WorkshopId} after a restart.")]
        public static partial void Resumed(ILogger logger, string workshopId, string jobId);

        [LoggerMessage(2, LogLevel.Warning, "Document job {JobId} of workshop {WorkshopId} stopped again; reported failed on its card.")]
        public static partial void ReportedFailed(ILogger logger, string workshopId, string jobId);

        [LoggerMessage(3, LogLevel.Warning, "The documents card of workshop {WorkshopId} could not be updated.")]
        public static partial void CardUpdateFailed(ILogger logger, string workshopId, Exception exception);

        [LoggerMessage(4, LogLevel.Error, "The document job recovery sweep failed; it runs again shortly.")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
