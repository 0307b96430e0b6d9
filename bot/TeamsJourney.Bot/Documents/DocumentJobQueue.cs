using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TeamsJourney.Bot.Documents;

/// <summary>
/// Hands document jobs from the bot's turn (which must answer Teams within seconds) to the background
/// runner. Bounded, so a burst of presses cannot exhaust memory; a full queue is reported, not dropped silently.
/// </summary>
internal sealed class DocumentJobQueue
{
    private readonly Channel<DocumentJob> _jobs = Channel.CreateBounded<DocumentJob>(new BoundedChannelOptions(32) { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _here = new(StringComparer.Ordinal);

    public bool TryEnqueue(DocumentJob job)
    {
        _here[job.JobId] = 0;
        if (_jobs.Writer.TryWrite(job))
        {
            return true;
        }

        _here.TryRemove(job.JobId, out _);
        return false;
    }

    /// <summary>True while the job is queued or running in this process (so the recovery sweep leaves it alone).</summary>
    public bool IsHere(string jobId) => _here.ContainsKey(jobId);

    /// <summary>The job ended in this process, one way or the other.</summary>
    public void Done(string jobId) => _here.TryRemove(jobId, out _);

    public IAsyncEnumerable<DocumentJob> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
