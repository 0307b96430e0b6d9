using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Connector;

/// <summary>
/// Every outbound Connector call goes through here, so each thread (conversation id) stays within Teams' send
/// limits whoever sends: posts, replies and updates wait for a free slot of their thread, and a 429 holds the
/// thread for as long as the Connector's Retry-After says. Card updates can also be queued: updates of the same
/// message within a short window are coalesced into one PUT that shows the newest state.
/// </summary>
public class ConversationOutbox : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ConversationOutboxOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ThreadSendRate> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Conversation, string Activity), QueuedUpdate> _queued = [];
    private readonly Dictionary<(string Conversation, string Activity), Task> _updating = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _outstanding;
    private TaskCompletionSource _idle = CompletedIdle();

    /// <summary>Creates the outbox sending through <paramref name="connector"/>.</summary>
    public ConversationOutbox(ConnectorClient connector, TimeProvider time, IOptions<ConversationOutboxOptions> options, ILogger<ConversationOutbox>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        Connector = connector;
        _time = time;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The Connector the outbox sends through.</summary>
    public ConnectorClient Connector { get; }

    /// <summary>Posts a new activity to a conversation once its thread has a free slot.</summary>
    public virtual async Task<ResourceResponse> SendAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        await WaitForSlotAsync(conversationId, cancellationToken);
        return await ThrottledAsync(conversationId, () => Connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken));
    }

    /// <summary>Replies in the thread of <paramref name="replyToId"/> once the thread has a free slot.</summary>
    public virtual async Task<ResourceResponse> ReplyAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        await WaitForSlotAsync(conversationId, cancellationToken);
        return await ThrottledAsync(conversationId, () => Connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken));
    }

    /// <summary>Replaces an activity now (not coalesced) once the thread has a free slot.</summary>
    public virtual async Task<ResourceResponse> UpdateAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        await WaitForSlotAsync(conversationId, cancellationToken);
        return await ThrottledAsync(conversationId, () => Connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken));
    }

    /// <summary>
    /// Queues an update of message <paramref name="activityId"/>: after the coalesce window (and a free slot) the
    /// newest <paramref name="render"/> queued for that message builds the activity, so several changes become one
    /// PUT showing the latest state. A render returning null sends nothing. The task ends true once the update (or a
    /// later one that replaced it) was delivered, false when it could not be; failures are logged, never thrown.
    /// </summary>
    public virtual Task<bool> QueueUpdate(Uri serviceUrl, string conversationId, string activityId, Func<CancellationToken, Task<Activity?>> render)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(render);
        return Queue(serviceUrl, conversationId, activityId, render, attempt: 1);
    }

    /// <summary>Completes when no queued update is waiting or being sent (tests and shutdown use it).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    /// <summary>Stops queued updates that have not been sent yet.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the outbox's cancellation source.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private Task<bool> Queue(Uri serviceUrl, string conversationId, string activityId, Func<CancellationToken, Task<Activity?>> render, int attempt)
    {
        var key = (conversationId, activityId);
        QueuedUpdate update;
        lock (_gate)
        {
            if (_queued.TryGetValue(key, out var waiting))
            {
                // The newest state wins: whoever sends this message next renders it afresh.
                waiting.Render = render;
                waiting.ServiceUrl = serviceUrl;
                return waiting.Delivered.Task;
            }

            update = new QueuedUpdate(serviceUrl, render, attempt);
            _queued[key] = update;
            if (_outstanding++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _ = FlushAsync(key, update);
        return update.Delivered.Task;
    }

    private async Task FlushAsync((string Conversation, string Activity) key, QueuedUpdate update)
    {
        var retry = false;
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_gate)
        {
            previous = _updating.GetValueOrDefault(key) ?? Task.CompletedTask;
            _updating[key] = sending.Task;
        }

        try
        {
            var stopping = _stopping.Token;
            if (_options.CoalesceWindow > TimeSpan.Zero)
            {
                await Task.Delay(_options.CoalesceWindow, _time, stopping);
            }

            // Updates of one message go out in the order they were queued.
            await previous;
            await WaitForSlotAsync(key.Conversation, stopping);
            lock (_gate)
            {
                // From here on a new change queues a new update: this one may already be rendering older state.
                _queued.Remove(key);
            }

            var activity = await update.Render(stopping);
            if (activity is not null)
            {
                await ThrottledAsync(key.Conversation, () => Connector.UpdateActivityAsync(update.ServiceUrl, key.Conversation, key.Activity, activity, stopping));
            }

            update.Delivered.TrySetResult(true);
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests && update.Attempt < _options.MaxUpdateAttempts)
        {
            retry = true;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            update.Delivered.TrySetResult(false);
        }
        catch (Exception ex)
        {
            // The change itself is stored; only this message could not show it. The next change tries again.
            Log.QueuedUpdateFailed(_logger, key.Activity, (ex as ConnectorException)?.StatusCode is { } status ? (int)status : null, ex);
            update.Delivered.TrySetResult(false);
        }
        finally
        {
            lock (_gate)
            {
                if (_queued.TryGetValue(key, out var queued) && queued == update)
                {
                    _queued.Remove(key);
                }

                if (_updating.GetValueOrDefault(key) == sending.Task)
                {
                    _updating.Remove(key);
                }
            }

            sending.TrySetResult();
        }

        if (retry)
        {
            // The thread is blocked for the Retry-After, so the next attempt waits for it.
            update.Delivered.TrySetResult(await Queue(update.ServiceUrl, key.Conversation, key.Activity, update.Render, update.Attempt + 1));
        }

        lock (_gate)
        {
            if (--_outstanding == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private async Task WaitForSlotAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = RateOf(conversationId, now).Reserve(now);
        }

        if (slot > now)
        {
            Log.ThreadThrottled(_logger, (slot - now).TotalMilliseconds);
            await Task.Delay(slot - now, _time, cancellationToken);
        }
    }

    private async Task<ResourceResponse> ThrottledAsync(string conversationId, Func<Task<ResourceResponse>> call)
    {
        try
        {
            return await call();
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // The HTTP pipeline has already retried; the thread now rests for as long as the Connector asked.
            var until = _time.GetUtcNow() + (ex.RetryAfter ?? _options.DefaultThrottleWait);
            lock (_gate)
            {
                RateOf(conversationId, _time.GetUtcNow()).Block(until);
            }

            throw;
        }
    }

    // Caller holds _gate.
    private ThreadSendRate RateOf(string conversationId, DateTimeOffset now)
    {
        if (!_threads.TryGetValue(conversationId, out var rate))
        {
            if (_threads.Count >= 10_000)
            {
                ForgetIdleThreads(now);
            }

            rate = new ThreadSendRate((_options.SendsPerSecond, TimeSpan.FromSeconds(1)), (_options.SendsPerThirtySeconds, TimeSpan.FromSeconds(30)));
            _threads[conversationId] = rate;
        }

        return rate;
    }

    // A thread with no send in the last 30 s has nothing left to limit.
    private void ForgetIdleThreads(DateTimeOffset now)
    {
        foreach (var (id, rate) in _threads.Where(t => t.Value.LastSlot < now - TimeSpan.FromSeconds(30)).ToList())
        {
            _threads.Remove(id);
        }
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var idle = new TaskCompletionSource();
        idle.SetResult();
        return idle;
    }

    private sealed class QueuedUpdate(Uri serviceUrl, Func<CancellationToken, Task<Activity?>> render, int attempt)
    {
        public Uri ServiceUrl { get; set; } = serviceUrl;

        public Func<CancellationToken, Task<Activity?>> Render { get; set; } = render;

        public int Attempt { get; } = attempt;

        public TaskCompletionSource<bool> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
