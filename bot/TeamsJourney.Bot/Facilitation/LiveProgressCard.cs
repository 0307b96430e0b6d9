using System.Collections.Concurrent;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Facilitation;

/// <summary>
/// Keeps the compact progress card in the facilitator's thread current while the groups work: every stored group
/// change queues one update of that card through the outbox, which coalesces a burst of answers from every group into
/// one PUT rendered from the newest progress when it goes out (within the thread's send limits). Facilitator actions
/// and time boxes update the same card through <see cref="BotWorkshopNotices"/>.
/// </summary>
internal sealed class LiveProgressCard(ConversationOutbox outbox, ChannelWorkshops channels, WorkshopProgress progress, WorkshopScenarios scenarios)
{
    // Workshops with an update queued and not yet rendered: it reads the progress when it goes out, so it covers
    // every change made before then, and the store is not asked where the card lives once per answer.
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);

    /// <summary>Queues an update of the workshop's progress card; completes once it is queued (or there is no card).</summary>
    public async Task RefreshAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        if (!_queued.TryAdd(workshopId, 0))
        {
            return;
        }

        try
        {
            // Asked on every stored group change: what this instance read or wrote within the last moment will do
            // (a store read here cost a read of the workshop per card turn).
            if (await channels.FindRecentAsync(workshopId, cancellationToken) is not { FacilitatorConversationId: { Length: > 0 } } workshop
                || await channels.RecentFacilitatorThreadAsync(workshop, cancellationToken) is not { CardActivityId: { Length: > 0 } cardId } thread
                || !Uri.TryCreate(thread.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            {
                // No facilitator thread (a workshop made by a group's first start) or its card is not posted yet.
                _queued.TryRemove(workshopId, out _);
                return;
            }

            // Delivery is the outbox's concern: it logs an update it could not send, and the next change sends it again.
            _ = outbox.QueueUpdate(serviceUrl, thread.ConversationId, cardId, ct => RenderAsync(workshopId, ct));
        }
        catch
        {
            _queued.TryRemove(workshopId, out _);
            throw;
        }
    }

    private async Task<Activity?> RenderAsync(string workshopId, CancellationToken cancellationToken)
    {
        // From here on a new change queues a new update: this one may already be reading older progress.
        _queued.TryRemove(workshopId, out _);
        if (await progress.ReadRecentAsync(workshopId, cancellationToken) is not { } report
            || await channels.FindRecentAsync(workshopId, cancellationToken) is not { } workshop)
        {
            return null;
        }

        return ProgressCard.Render(report, workshop, await scenarios.ListAsync(workshop.Id, cancellationToken)).ToMessage();
    }
}
