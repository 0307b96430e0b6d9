using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Tests.Connector;

/// <summary>The per-thread outbox against a fake clock: limits, coalescing and 429s.</summary>
public sealed class ConversationOutboxTests : IDisposable
{
    private const string Thread = "19:abc@thread.tacv2;messageid=1700000000000";
    private static readonly Uri ServiceUrl = new("https://smba.example.test/emea/");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly CountingConnector _connector;
    private readonly ConversationOutbox _outbox;

    public ConversationOutboxTests()
    {
        _connector = new CountingConnector(_time);
        _outbox = new ConversationOutbox(_connector, _time, Options.Create(new ConversationOutboxOptions()));
    }

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task Twenty_changes_of_one_card_within_the_window_become_one_update_showing_the_last()
    {
        var delivered = Enumerable.Range(1, 20)
            .Select(i => _outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(Activity.CreateMessage($"state {i}"))))
            .ToList();

        await RunClockUntil(Task.WhenAll(delivered));

        var update = Assert.Single(_connector.Calls);
        Assert.Equal(("PUT", "card-1", "state 20"), (update.Method, update.ActivityId, update.Text));
        Assert.All(await Task.WhenAll(delivered), Assert.True);
    }

    [Fact]
    public async Task A_change_after_the_update_went_out_gets_its_own_update()
    {
        await RunClockUntil(_outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(Activity.CreateMessage("first"))));
        await RunClockUntil(_outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(Activity.CreateMessage("second"))));

        Assert.Equal(["first", "second"], _connector.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task A_burst_of_posts_and_updates_into_one_thread_keeps_teams_limits()
    {
        var started = _time.GetUtcNow();
        var sends = Enumerable.Range(0, 90).Select(i => i % 3 == 0
            ? _outbox.QueueUpdate(ServiceUrl, Thread, $"card-{i}", _ => Task.FromResult<Activity?>(Activity.CreateMessage("update")))
            : (Task)_outbox.ReplyAsync(ServiceUrl, Thread, "1700000000000", Activity.CreateMessage($"reply {i}"))).ToList();

        await RunClockUntil(Task.WhenAll(sends), TimeSpan.FromMinutes(5));

        Assert.Equal(90, _connector.Calls.Count);

        // A call is recorded when its continuation runs, which on a busy machine can be a clock step or more after
        // its slot, so sliding windows over recorded times would flicker. Lateness only ever lowers how many calls
        // are recorded before a moment, so counts from the start are exact bounds (the slots themselves are checked
        // window by window in ThreadSendRateTests).
        var recorded = _connector.Calls.Select(c => c.At).ToList();
        Assert.True(recorded.Count(t => t < started.AddSeconds(1)) <= 7, "More than 7 sends in the first second.");
        Assert.True(recorded.Count(t => t < started.AddSeconds(2)) <= 14, "More than 14 sends in the first two seconds.");
        Assert.True(recorded.Count(t => t < started.AddSeconds(30)) <= 60, "More than 60 sends in the first 30 seconds.");
        Assert.True(recorded.Max() >= started.AddSeconds(30), "90 sends cannot all go out within 30 seconds.");
    }

    [Fact]
    public async Task Other_threads_are_not_held_up_by_a_busy_one()
    {
        var busy = Enumerable.Range(0, 30).Select(i => _outbox.SendAsync(ServiceUrl, Thread, Activity.CreateMessage($"busy {i}"))).ToList();
        var other = _outbox.SendAsync(ServiceUrl, "19:other@thread.tacv2;messageid=1", Activity.CreateMessage("other"));

        await RunClockUntil(other);

        Assert.Equal(_time.GetUtcNow(), _connector.Calls.Single(c => c.Text == "other").At);
        await RunClockUntil(Task.WhenAll(busy), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_429_holds_the_thread_for_its_retry_after_and_the_update_is_sent_afterwards()
    {
        _connector.ThrottleNext(TimeSpan.FromSeconds(5));
        var queuedAt = _time.GetUtcNow();

        var delivered = _outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(Activity.CreateMessage("after the wait")));
        await RunClockUntil(delivered, TimeSpan.FromSeconds(30));

        Assert.True(await delivered);
        var sent = Assert.Single(_connector.Calls);
        Assert.True(sent.At >= queuedAt.AddSeconds(5), $"Sent {sent.At - queuedAt} after queueing, inside the Retry-After.");
    }

    [Fact]
    public async Task An_update_that_keeps_failing_is_reported_undelivered_not_thrown()
    {
        _connector.FailWith = HttpStatusCode.NotFound;

        var delivered = _outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(Activity.CreateMessage("x")));
        await RunClockUntil(delivered);

        Assert.False(await delivered);
        await RunClockUntil(_outbox.WhenIdleAsync());
    }

    [Fact]
    public async Task A_render_with_nothing_to_show_sends_nothing()
    {
        var delivered = _outbox.QueueUpdate(ServiceUrl, Thread, "card-1", _ => Task.FromResult<Activity?>(null));
        await RunClockUntil(delivered);

        Assert.Empty(_connector.Calls);
    }

    // The fake clock only moves when told; move it in small steps until the work is done.
    private async Task RunClockUntil(Task work, TimeSpan? limit = null)
    {
        var until = _time.GetUtcNow() + (limit ?? TimeSpan.FromSeconds(10));
        while (!work.IsCompleted && _time.GetUtcNow() < until)
        {
            await Task.Delay(1);
            _time.Advance(ClockStep);
        }

        await work.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static readonly TimeSpan ClockStep = TimeSpan.FromMilliseconds(50);

    private sealed record Call(string Method, string? ActivityId, string? Text, DateTimeOffset At);

    private sealed class CountingConnector(TimeProvider time) : ConnectorClient
    {
        private readonly ConcurrentQueue<Call> _calls = new();
        private TimeSpan? _throttle;

        public HttpStatusCode? FailWith { get; set; }

        public IReadOnlyList<Call> Calls => [.. _calls];

        public void ThrottleNext(TimeSpan retryAfter) => _throttle = retryAfter;

        public override Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
            Record("POST", null, activity);

        public override Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
            Record("POST", null, activity);

        public override Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
            Record("PUT", activityId, activity);

        private Task<ResourceResponse> Record(string method, string? activityId, Activity activity)
        {
            if (_throttle is { } wait)
            {
                _throttle = null;
                throw new ConnectorException("Throttled", HttpStatusCode.TooManyRequests, null, wait);
            }

            if (FailWith is { } status)
            {
                throw new ConnectorException("Failed", status, null);
            }

            _calls.Enqueue(new Call(method, activityId, activity.Text, time.GetUtcNow()));
            return Task.FromResult(new ResourceResponse(activityId ?? $"activity-{_calls.Count}"));
        }
    }
}
