using Microsoft.Extensions.Logging.Abstractions;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Facilitation;

/// <summary>
/// A time box reminder is marked sent only once the groups were told: a post that fails (or a host that stops before
/// it) leaves it due for the next round, and a host that finds it already told only marks it.
/// </summary>
public sealed class TimeBoxNoticeDeliveryTests : IDisposable
{
    private readonly FacilitatedChannel _channel = new();

    [Fact]
    public async Task A_reminder_whose_post_failed_is_still_due_and_sent_on_the_next_round()
    {
        await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);
        _channel.Clock.Advance(TimeSpan.FromMinutes(8));
        _channel.Notices.FailNextTell = new HttpRequestException("The Connector did not answer.");

        await Assert.ThrowsAsync<HttpRequestException>(() => _channel.DueTimeBoxes.RunAsync());
        Assert.Empty(_channel.Notices.Told);

        await _channel.RestartAsync();
        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
        Assert.Equal("2 minutes left", Assert.Single(_channel.Notices.Told).Notice.Title);
        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());
        Assert.Single(_channel.Notices.Told);
    }

    [Fact]
    public async Task A_reminder_told_by_a_host_that_stopped_before_marking_it_is_marked_and_not_told_again()
    {
        var workshop = await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);
        _channel.Clock.Advance(TimeSpan.FromMinutes(8));
        var stored = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop;
        var moment = $"Reminder:persona:{stored.Clock!.EndsAt!.Value.UtcTicks}";

        // The stopped host had claimed the reminder, told the groups and completed its claim; the mark never happened.
        await using (var deliveries = new TeamsJourney.Workshops.Deliveries.InboundDeliveries(_channel.Store, _channel.Clock, NullLogger<TeamsJourney.Workshops.Deliveries.InboundDeliveries>.Instance))
        {
            Assert.Equal(TeamsJourney.Workshops.Deliveries.DeliveryStart.First, await deliveries.BeginAsync($"timebox:{workshop.Id}", moment));
            await deliveries.CompleteAsync($"timebox:{workshop.Id}", moment);
        }

        await _channel.RestartAsync();

        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());
        Assert.Empty(_channel.Notices.Told);
        var after = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop;
        Assert.True(after.Clock!.Reminded);
        Assert.Equal(after.Clock.EndsAt, after.NextDueAt);
    }

    public void Dispose() => _channel.Dispose();
}
