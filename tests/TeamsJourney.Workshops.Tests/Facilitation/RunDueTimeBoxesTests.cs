using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Facilitation;

/// <summary>Time boxes elapse on a clock the test moves; reminders are stored, so a restarted host still sends them once.</summary>
public sealed class RunDueTimeBoxesTests : IDisposable
{
    private readonly FacilitatedChannel _channel = new();

    [Fact]
    public async Task The_first_group_starts_the_persona_time_box_and_every_group_is_reminded_once_then_told_time_is_up()
    {
        await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);
        await _channel.StartGroupAsync(2);

        _channel.Clock.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());

        _channel.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());
        var (groups, reminder) = Assert.Single(_channel.Notices.Told);
        Assert.Equal(2, groups.Count);
        Assert.Equal("2 minutes left", reminder.Title);

        _channel.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
        Assert.Equal("Time is up", _channel.Notices.Told[^1].Notice.Title);
        Assert.Equal(TimeSpan.Zero, _channel.Notices.Progress[^1].TimeLeft);
    }

    [Fact]
    public async Task A_reminder_due_while_no_host_ran_is_sent_by_the_next_host()
    {
        await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);

        await _channel.RestartAsync();
        _channel.Clock.Advance(TimeSpan.FromMinutes(9));

        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
        Assert.Equal("1 minute left", Assert.Single(_channel.Notices.Told).Notice.Title);
    }

    [Fact]
    public async Task A_paused_workshop_reminds_nobody_until_it_resumes()
    {
        var workshop = await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);
        await _channel.Facilitate.PauseAllAsync(workshop.Id, FacilitatedChannel.Priya, "p1");

        _channel.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());

        await _channel.Facilitate.ResumeAllAsync(workshop.Id, FacilitatedChannel.Priya, "r1");
        _channel.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
    }

    [Fact]
    public async Task An_automatic_end_moves_every_group_to_the_next_phase()
    {
        var workshop = await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 5, autoAdvance: true));
        var group = await _channel.StartGroupAsync(1);

        _channel.Clock.Advance(TimeSpan.FromMinutes(6));
        await _channel.DueTimeBoxes.RunAsync();

        var session = await _channel.Repository.LoadGroupAsync(workshop.Id, group.GroupId);
        Assert.Equal(WorkshopPhase.Journey, WorkshopPhases.Of(session!.CurrentStep));
        Assert.Equal(WorkshopPhase.Journey, (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop.Clock!.Phase);
    }

    [Fact]
    public async Task Extending_the_time_box_reschedules_the_reminder()
    {
        var workshop = await _channel.CreateAsync(FacilitatedChannel.Draft(personaMinutes: 10));
        await _channel.StartGroupAsync(1);

        await _channel.Facilitate.ExtendTimeBoxAsync(workshop.Id, FacilitatedChannel.Priya, TimeSpan.FromMinutes(5));
        _channel.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await _channel.DueTimeBoxes.RunAsync());

        _channel.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await _channel.DueTimeBoxes.RunAsync());
        Assert.Equal("2 minutes left", _channel.Notices.Told[^1].Notice.Title);
    }

    public void Dispose() => _channel.Dispose();
}
