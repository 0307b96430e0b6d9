using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Workshops.Tests.Documents;

/// <summary>Document generation is rate-limited per workshop: one at a time, and a minimum interval between starts.</summary>
public sealed class DocumentGenerationGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_second_generation_while_one_runs_is_refused_as_running()
    {
        var gate = new DocumentGenerationGate(_time, TimeSpan.FromSeconds(30));
        using var first = gate.Enter("ws-1");

        var refused = Assert.Throws<DocumentGenerationThrottledException>(() => gate.Enter("ws-1"));

        Assert.True(refused.Running);
        Assert.NotNull(gate.RetryAfter("ws-1"));
    }

    [Fact]
    public void A_generation_within_the_minimum_interval_is_refused_with_the_time_left()
    {
        var gate = new DocumentGenerationGate(_time, TimeSpan.FromSeconds(30));
        gate.Enter("ws-1").Dispose();
        _time.Advance(TimeSpan.FromSeconds(10));

        var refused = Assert.Throws<DocumentGenerationThrottledException>(() => gate.Enter("ws-1"));

        Assert.False(refused.Running);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.RetryAfter);
        Assert.Contains("20 s", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_interval_the_workshop_generates_again()
    {
        var gate = new DocumentGenerationGate(_time, TimeSpan.FromSeconds(30));
        gate.Enter("ws-1").Dispose();
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(gate.RetryAfter("ws-1"));
        gate.Enter("ws-1").Dispose();
    }

    [Fact]
    public void Another_workshop_is_not_held_up()
    {
        var gate = new DocumentGenerationGate(_time, TimeSpan.FromSeconds(30));
        using var first = gate.Enter("ws-1");

        using var other = gate.Enter("ws-2");

        Assert.Null(gate.RetryAfter("ws-3"));
    }
}
