using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Documents;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    /// <summary>
    /// A facilitator asks for the deck and the report: a progress card is posted in this conversation and
    /// a background job keeps it up to date until it shows the links. Returns a line for the requester.
    /// </summary>
    private async Task<string> RequestDocumentsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var workshop = await repository.LoadWorkshopAsync(TurnIdentity.WorkshopId(activity), cancellationToken);
        if (workshop is null)
        {
            return "There is no workshop here yet, so there is nothing to put in documents. Start a group first.";
        }

        if (!workshop.Workshop.IsFacilitator(TurnIdentity.UserId(activity)))
        {
            return "Only the workshop's facilitator can generate the documents.";
        }

        var card = await turn.SendAsync(DocumentsCard.Progress(workshop.Workshop.Title, "Queued", 0).ToMessage(), cancellationToken);
        var job = new DocumentJob(
            workshop.Workshop.Id,
            new Uri(activity.ServiceUrl!),
            activity.Conversation!.Id!,
            card.Id,
            TurnIdentity.UserId(activity),
            publicUrls.BaseUrl());
        return documentJobs.TryEnqueue(job)
            ? "Generating the deck and the report; the card below shows progress and then the links."
            : "Too many document requests are waiting; try again in a minute.";
    }
}
