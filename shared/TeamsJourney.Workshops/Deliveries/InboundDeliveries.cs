using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Deliveries;

/// <summary>How a delivery of an inbound activity should be treated.</summary>
public enum DeliveryStart
{
    /// <summary>The first delivery: handle it, then <see cref="InboundDeliveries.CompleteAsync"/> (or release on failure).</summary>
    First,

    /// <summary>The same activity again (handled before, or being handled now): change nothing and send nothing.</summary>
    Redelivery,

    /// <summary>The activity carries no id to recognise it by: handle it; its effects have their own keys.</summary>
    Unkeyed,
}

/// <summary>
/// Every inbound activity is handled at most once per (conversation, activity id), whatever its kind and on whichever
/// instance it lands: the channel redelivers an activity it did not hear back about in time. The claim is durable (in
/// the store), so a restart or a second instance recognises the redelivery too. A claim whose instance died is taken
/// over once its lease ends, so a crash mid-turn does not block the channel's retry for ever.
/// Completions are written behind the turn, several in one store write: until a completion is stored the claim is
/// still held (its lease runs for minutes), and a held claim is a redelivery just as a completed one is, so the answer
/// need not wait for it. A completion lost in a crash leaves the claim to run out, as a crash mid-turn does.
/// </summary>
public sealed partial class InboundDeliveries : IAsyncDisposable, IDisposable
{
    /// <summary>How long a claimed delivery is held before another instance may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // Enough to drain a busy second of turns in a few writes; a write of this many is still one short transaction.
    private const int MaxCompletionsPerWrite = 256;

    private readonly IWorkshopStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<InboundDeliveries> _logger;
    // Not marked single-reader (though it has one): only the general unbounded channel can count what waits in it.
    private readonly Channel<Pending> _completions = Channel.CreateUnbounded<Pending>();

    // How long the writer gathers completions before it writes them. Completions are one transaction per conversation,
    // and a group's thread makes a few turns a second: written as soon as each arrived, almost every turn cost a write of
    // its own (on Azure Tables a round trip, about one request in four of a card turn). Gathered for a moment, a thread's
    // turns share one. Nothing waits for it: a held claim is a redelivery just as a completed one is, and the lease
    // runs for minutes. A flush, or shutting down, writes at once.
    private static readonly TimeSpan CompletionWindow = TimeSpan.FromSeconds(1);

    private readonly Task _completionWriter;

    // Released by a flush or by shutting down, so the writer stops gathering; FlushesWaiting says a flush is queued.
    private readonly SemaphoreSlim _hurry = new(0);
    private int _flushesWaiting;

    internal InboundDeliveries(IWorkshopStore store, TimeProvider time, ILogger<InboundDeliveries> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _completionWriter = Task.Run(WriteCompletionsAsync);
    }

    /// <summary>Claims the delivery of activity <paramref name="activityId"/> in <paramref name="conversationId"/>.</summary>
    public async Task<DeliveryStart> BeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default)
    {
        if (Keys(conversationId, activityId) is not { } keys)
        {
            return DeliveryStart.Unkeyed;
        }

        var now = _time.GetUtcNow();
        var claim = await _store.ClaimDeliveryAsync(keys.Conversation, keys.Activity, now, now + Lease, cancellationToken);
        return claim == DeliveryClaim.Claimed ? DeliveryStart.First : DeliveryStart.Redelivery;
    }

    /// <summary>
    /// Records that the delivery was handled to the end: every redelivery from now on is recognised (the claim is
    /// held until the completion, written behind, is stored).
    /// </summary>
    public Task CompleteAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default)
    {
        if (Keys(conversationId, activityId) is { } keys && !_completions.Writer.TryWrite(new Pending(keys, null)))
        {
            // Shutting down: nothing writes behind any more, so this one is written now.
            return _store.CompleteDeliveryAsync(keys.Conversation, keys.Activity, cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits until every completion recorded so far is stored.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Increment(ref _flushesWaiting);
        if (!_completions.Writer.TryWrite(new Pending(null, flushed)))
        {
            Interlocked.Decrement(ref _flushesWaiting);
            await _completionWriter.WaitAsync(cancellationToken);
            return;
        }

        _hurry.Release();
        await flushed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stores the completions still waiting, then stops writing behind.</summary>
    public async ValueTask DisposeAsync()
    {
        _completions.Writer.TryComplete();
        _hurry.Release();
        await _completionWriter;
    }

    /// <summary>As <see cref="DisposeAsync"/>, for a container disposed synchronously (it waits for the last write).</summary>
    public void Dispose()
    {
        _completions.Writer.TryComplete();
        _hurry.Release();
        _completionWriter.GetAwaiter().GetResult();
    }

    private async Task WriteCompletionsAsync()
    {
        var reader = _completions.Reader;
        var batch = new List<(string ConversationId, string ActivityId)>(MaxCompletionsPerWrite);
        var flushes = new List<TaskCompletionSource>();
        while (await reader.WaitToReadAsync())
        {
            // Gather for a moment, unless someone waits for the write or the host is stopping.
            if (Volatile.Read(ref _flushesWaiting) == 0 && !reader.Completion.IsCompleted && reader.Count < MaxCompletionsPerWrite)
            {
                await _hurry.WaitAsync(CompletionWindow);
            }

            while (batch.Count < MaxCompletionsPerWrite && reader.TryRead(out var pending))
            {
                if (pending.Keys is { } keys)
                {
                    batch.Add(keys);
                }
                else
                {
                    Interlocked.Decrement(ref _flushesWaiting);
                    flushes.Add(pending.Flushed!);
                }
            }

            try
            {
                await _store.CompleteDeliveriesAsync(batch, CancellationToken.None);
            }
            catch (Exception error)
            {
                // The claims stay held until their lease runs out; then a redelivery is handled afresh and the
                // idempotency keys of its writes recognise it.
                Log.CompletionsNotStored(_logger, error, batch.Count);
            }

            batch.Clear();
            flushes.ForEach(f => f.TrySetResult());
            flushes.Clear();
        }
    }

    /// <summary>A completion to write, or (with <see cref="Flushed"/>) a caller waiting for those before it.</summary>
    private readonly record struct Pending((string Conversation, string Activity)? Keys, TaskCompletionSource? Flushed);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1420, Level = LogLevel.Error, Message = "{Count} delivery completions could not be stored; their claims stay held until the lease runs out.")]
        public static partial void CompletionsNotStored(ILogger logger, Exception error, int count);
    }

    /// <summary>Gives the delivery up after its handling failed, so the channel's retry is handled afresh.</summary>
    public Task ReleaseAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default) =>
        Keys(conversationId, activityId) is { } keys
            ? _store.ReleaseDeliveryAsync(keys.Conversation, keys.Activity, cancellationToken)
            : Task.CompletedTask;

    // The conversation id is kept as it is, so deleting a workshop finds the claims of its bound conversations; one
    // the store could not take (blank or too long: never a bound conversation) is hashed. The activity id comes from
    // the wire, any length and any characters: hashed, so its key stays short and uniform.
    private static (string Conversation, string Activity)? Keys(string? conversationId, string? activityId) =>
        string.IsNullOrEmpty(activityId)
            ? null
            : (StorableConversation(conversationId), Hash(activityId));

    private static string StorableConversation(string? conversationId) =>
        !string.IsNullOrWhiteSpace(conversationId)
        && conversationId.Length <= StorageLimits.MaxIdLength
        && Encoding.UTF8.GetByteCount(conversationId) <= StorageLimits.MaxEncodedIdUtf8Bytes
            ? conversationId
            : "sha256-" + Hash(conversationId ?? string.Empty);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
