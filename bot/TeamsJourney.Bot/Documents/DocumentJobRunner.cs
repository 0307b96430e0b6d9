using TeamsJourney.Workshops.People;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Bot.Documents;

/// <summary>
/// Generates documents outside the bot's turn and keeps the requester's card up to date: progress while
/// the deck and report are written and published, then the links, or what went wrong.
/// </summary>
internal sealed partial class DocumentJobRunner(
    DocumentJobQueue queue,
    IServiceScopeFactory scopes,
    GenerateDocuments documents,
    DocumentJobs store,
    ILogger<DocumentJobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
            }
            finally
            {
                queue.Done(job.JobId);
            }
        }
    }

    internal async Task RunAsync(DocumentJob job, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConversationOutbox>();
        var title = job.WorkshopId;
        try
        {
            var (_, knownTitle) = await documents.CheckAsync(job.WorkshopId, job.RequestedBy, cancellationToken);
            title = knownTitle ?? throw new InvalidOperationException("The workshop no longer exists.");
            await store.RecordStartedAsync(job.ToRecord(), cancellationToken);
            var progress = new CardProgress(connector, job, title, logger);
            var generated = await documents.GenerateAsync(job.WorkshopId, progress, new Participant(job.RequestedBy, job.RequestedByName ?? job.RequestedBy), cancellationToken)
                ?? throw new InvalidOperationException("The workshop no longer exists.");
            await progress.FlushAsync(cancellationToken);
            // The card is the conversation's, seen by everyone: it names the files and offers "Get my links" (links
            // signed for whoever presses), never a link signed for the requester that would work for anyone.
            var ready = generated.Files.Select(d => (d.FileName, d.Url)).ToList();
            await UpdateAsync(connector, job, DocumentsCard.Ready(title, job.WorkshopId, ready), cancellationToken);
            await store.RecordFinishedAsync(job.ToRecord(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reported on the card and in the log; the workshop itself is untouched by a failed generation.
            Log.GenerationFailed(logger, job.WorkshopId, ex);
            await UpdateAsync(connector, job, DocumentsCard.Failed(title, ex.Message), cancellationToken);
            await store.RecordFailedAsync(job.ToRecord(), ex.Message, cancellationToken);
        }
    }

    private async Task UpdateAsync(ConversationOutbox connector, DocumentJob job, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateAsync(job.ServiceUrl, job.ConversationId, job.CardActivityId, card.ToMessage(), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.CardUpdateFailed(logger, job.WorkshopId, ex);
        }
    }

    /// <summary>Turns generation progress into card updates, at most one per step so Teams' rate limits hold.</summary>
    private sealed class CardProgress(ConversationOutbox connector, DocumentJob job, string title, ILogger logger) : IProgress<DocumentProgress>
    {
        private Task _pending = Task.CompletedTask;
        private string? _lastStep;

        public void Report(DocumentProgress value)
        {
            var step = value.Message;
            if (step == _lastStep)
            {
                return;
            }

            _lastStep = step;
            var card = DocumentsCard.Progress(title, step, value.Percent);
            _pending = _pending.ContinueWith(
                async _ =>
                {
                    try
                    {
                        await connector.UpdateAsync(job.ServiceUrl, job.ConversationId, job.CardActivityId, card.ToMessage());
                    }
                    catch (ConnectorException ex)
                    {
                        Log.CardUpdateFailed(logger, job.WorkshopId, ex);
                    }
                },
                TaskScheduler.Default).Unwrap();
        }

        public Task FlushAsync(CancellationToken cancellationToken) => _pending.WaitAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Generating the documents of workshop {WorkshopId} failed.")]
        public static partial void GenerationFailed(ILogger logger, string workshopId, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "The documents card of workshop {WorkshopId} could not be updated.")]
        public static partial void CardUpdateFailed(ILogger logger, string workshopId, Exception exception);
    }
}
