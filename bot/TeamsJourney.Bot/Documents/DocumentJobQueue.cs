using System.Threading.Channels;

namespace TeamsJourney.Bot.Documents;

/// <summary>
/// Hands document jobs from the bot's turn (which must answer Teams within seconds) to the background
/// runner. Bounded, so a burst of presses cannot exhaust memory; a full queue is reported, not dropped silently.
/// </summary>
internal sealed class DocumentJobQueue
{
    private readonly Channel<DocumentJob> _jobs = Channel.CreateBounded<DocumentJob>(new BoundedChannelOptions(32) { SingleReader = true });

    public bool TryEnqueue(DocumentJob job) => _jobs.Writer.TryWrite(job);

    public IAsyncEnumerable<DocumentJob> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
