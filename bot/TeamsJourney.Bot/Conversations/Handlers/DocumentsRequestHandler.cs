using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Documents;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// A facilitator asks for the deck and the report: a progress card is posted in the conversation and a
/// background job keeps it up to date until it shows the links.
/// </summary>
internal sealed class DocumentsRequestHandler(ChannelWorkshops channels, GenerateDocuments documents, DocumentGenerationGate generations, DocumentJobs store, DocumentJobQueue jobs, PublicUrls publicUrls)
{
    /// <summary>Queues the job; returns a line for the requester.</summary>
    public async Task<string> RequestAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        var (permission, title) = await documents.CheckAsync(workshopId, TurnIdentity.UserId(activity), cancellationToken);
        switch (permission)
        {
            case DocumentsPermission.NoWorkshop:
                return "There is no workshop here yet, so there is nothing to put in documents. Start a group first.";
            case DocumentsPermission.NotFacilitator:
                return "Only the workshop's facilitator can generate the documents.";
        }

        // Generation is limited per workshop (one at a time, a minimum interval): say so instead of queuing a job that would fail.
        if (generations.RetryAfter(workshopId) is { } wait)
        {
            return $"The documents were generated a moment ago (or are being generated now). Ask again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds; the last links still work.";
        }

        var card = await turn.SendAsync(DocumentsCard.Progress(title!, "Queued", 0).ToMessage(), cancellationToken);
        var job = new DocumentJob(
            Guid.NewGuid().ToString("N"),
            workshopId,
            new Uri(activity.ServiceUrl!),
            activity.Conversation!.Id!,
            card.Id,
            TurnIdentity.UserId(activity),
            publicUrls.BaseUrl(),
            TurnIdentity.Participant(activity).DisplayName);
        // Recorded before it is queued: a restart from here on finds the job and resumes it or says it failed.
        await store.RecordQueuedAsync(job.ToRecord(), cancellationToken);
        if (jobs.TryEnqueue(job))
        {
            return "Generating the deck and the report; the card below shows progress and then the links.";
        }

        const string full = "Too many document requests are waiting; try again in a minute.";
        await store.RecordFailedAsync(job.ToRecord(), full, cancellationToken);
        await turn.UpdateAsync(card.Id, DocumentsCard.Failed(title!, full).ToMessage(), cancellationToken);
        return full;
    }
}
