using System.Threading.Channels;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Bot.Conversations.LiveCards;

/// <summary>
/// Hears every stored group change, whoever made it (a press, a typed answer, the tab's co-editing, the facilitator
/// moving or pausing every group) and queues it for <see cref="LiveCardUpdater"/>; the write never waits for Teams.
/// </summary>
internal sealed class GroupCardChanges : IWorkshopChangeObserver
{
    private readonly Channel<GroupChange> _changes = Channel.CreateUnbounded<GroupChange>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<GroupChange> Reader => _changes.Reader;

    public Task OnGroupChangedAsync(GroupChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Writer.TryWrite(change);
        return Task.CompletedTask;
    }
}
