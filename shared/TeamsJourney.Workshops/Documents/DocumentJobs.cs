using TeamsJourney.Workshops.Concurrency;
using System.Text.Json;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Documents;

/// <summary>A document generation job as recorded: where its progress card is and who asked.</summary>
/// <param name="JobId">Unique per request.</param>
/// <param name="WorkshopId">The workshop whose documents are generated.</param>
/// <param name="ServiceUrl">The Bot Framework service URL of the conversation holding the card.</param>
/// <param name="ConversationId">The conversation holding the card.</param>
/// <param name="CardActivityId">The card to update in place.</param>
/// <param name="RequestedBy">Who asked (Entra object id).</param>
/// <param name="RequestedByName">Their name.</param>
/// <param name="PublicBaseUrl">The host's public address, for absolute links.</param>
/// <param name="Starts">How many times a runner started it (0 while queued).</param>
/// <param name="LastRecordedAt">When the job's newest fact (queued, started) was recorded.</param>
public sealed record DocumentJobRecord(
    string JobId,
    string WorkshopId,
    string ServiceUrl,
    string ConversationId,
    string CardActivityId,
    string RequestedBy,
    string RequestedByName,
    string PublicBaseUrl,
    int Starts = 0,
    DateTimeOffset? LastRecordedAt = null);

/// <summary>
/// Document jobs kept in the store (the workshop's "document-jobs" stream) rather than only in memory, so a host
/// that stops mid-job finds it again when it starts: resumed, or reported as failed on its card; never left showing
/// its last percentage.
/// </summary>
public sealed class DocumentJobs
{
    private const string Queued = "DocumentJobQueued";
    private const string Started = "DocumentJobStarted";
    private const string Finished = "DocumentJobFinished";
    private const string Failed = "DocumentJobFailed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal DocumentJobs(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>Records a queued job.</summary>
    public Task RecordQueuedAsync(DocumentJobRecord job, CancellationToken cancellationToken = default) =>
        AppendAsync(job.WorkshopId, Queued, job with { Starts = 0, LastRecordedAt = null }, job.RequestedBy, cancellationToken);

    /// <summary>Records that a runner started the job (a restart counts another start).</summary>
    public Task RecordStartedAsync(DocumentJobRecord job, CancellationToken cancellationToken = default) =>
        AppendAsync(job.WorkshopId, Started, new JobRef(job.JobId, null), null, cancellationToken);

    /// <summary>Records that the job ended with its links on the card.</summary>
    public Task RecordFinishedAsync(DocumentJobRecord job, CancellationToken cancellationToken = default) =>
        AppendAsync(job.WorkshopId, Finished, new JobRef(job.JobId, null), null, cancellationToken);

    /// <summary>Records that the job failed (and its card says so).</summary>
    public Task RecordFailedAsync(DocumentJobRecord job, string reason, CancellationToken cancellationToken = default) =>
        AppendAsync(job.WorkshopId, Failed, new JobRef(job.JobId, reason.Length <= 500 ? reason : reason[..500]), null, cancellationToken);

    /// <summary>Every job of every workshop that was queued or started and never finished nor failed, with its start count.</summary>
    public async Task<IReadOnlyList<DocumentJobRecord>> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = new List<DocumentJobRecord>();
        foreach (var header in await _repository.ListAllHeadersAsync(cancellationToken))
        {
            var jobs = new Dictionary<string, DocumentJobRecord>(StringComparer.Ordinal);
            foreach (var stored in await _repository.ReadStreamAsync(header.WorkshopId, WorkshopStreams.DocumentJobs, cancellationToken))
            {
                switch (stored.Type)
                {
                    case Queued when JsonSerializer.Deserialize<DocumentJobRecord>(stored.Data, Json) is { } queued:
                        jobs[queued.JobId] = queued with { Starts = 0, LastRecordedAt = stored.OccurredAt };
                        break;
                    case Started when Ref(stored) is { } started && jobs.TryGetValue(started.JobId, out var job):
                        jobs[started.JobId] = job with { Starts = job.Starts + 1, LastRecordedAt = stored.OccurredAt };
                        break;
                    case Finished or Failed when Ref(stored) is { } ended:
                        jobs.Remove(ended.JobId);
                        break;
                }
            }

            unfinished.AddRange(jobs.Values);
        }

        return unfinished;
    }

    private static JobRef? Ref(StoredEvent stored) => JsonSerializer.Deserialize<JobRef>(stored.Data, Json);

    // A job of a workshop deleted meanwhile has nothing left to track: its card already says what happened.
    private async Task AppendAsync<T>(string workshopId, string type, T data, string? actorId, CancellationToken cancellationToken)
    {
        try
        {
            await _repository.AppendFactAsync(workshopId, WorkshopStreams.DocumentJobs, new NewEvent(type, JsonSerializer.Serialize(data, Json), actorId, _time.GetUtcNow()), cancellationToken);
        }
        catch (WorkshopDeletedException) when (type != Queued)
        {
            return;
        }
    }

    private sealed record JobRef(string JobId, string? Reason);
}
