using System.Threading.Channels;
using TeamsJourney.Workshops.Changes;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Hears every stored group change (bot or tab) and queues it for <see cref="GroupChangePublisher"/>, so a
/// slow or failing push never holds up or fails the write that caused it.
/// </summary>
internal sealed class GroupChangeQueue : IWorkshopChangeObserver
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
