using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Facilitation;

/// <summary>What a facilitator does to every group at once, and what the hosts are told.</summary>
public sealed class FacilitateWorkshopTests : IDisposable
{
    private readonly FacilitatedChannel _channel = new();

    [Fact]
    public async Task Move_all_to_ideas_puts_every_group_at_the_ideas_phase_and_tells_the_hosts()
    {
        var workshop = await _channel.CreateAsync();
        var groups = new[] { await _channel.StartGroupAsync(1), await _channel.StartGroupAsync(2), await _channel.StartGroupAsync(3) };

        var result = await _channel.Facilitate.MoveAllToPhaseAsync(workshop.Id, FacilitatedChannel.Priya, WorkshopPhase.Ideas, "delivery-1");

        Assert.Equal(FacilitationOutcome.Done, result.Outcome);
        Assert.Equal("Moved 3 groups to the ideas phase.", result.Message);
        foreach (var group in groups)
        {
            var session = await _channel.Repository.LoadGroupAsync(workshop.Id, group.GroupId);
            Assert.Equal(WorkshopPhase.Ideas, WorkshopPhases.Of(session!.CurrentStep));
        }

        Assert.Equal(3, Assert.Single(_channel.Notices.Changed).Groups.Count);
        var progress = Assert.Single(_channel.Notices.Progress);
        Assert.Equal(WorkshopPhase.Ideas, progress.Phase);
        Assert.All(progress.Groups, g => Assert.Equal(WorkshopPhase.Ideas, g.Phase));
    }

    [Fact]
    public async Task The_same_delivery_twice_moves_nobody_twice()
    {
        var workshop = await _channel.CreateAsync();
        var group = await _channel.StartGroupAsync(1);
        await _channel.Facilitate.MoveAllToPhaseAsync(workshop.Id, FacilitatedChannel.Priya, WorkshopPhase.Journey, "delivery-1");
        await _channel.Commands.RunAsync(group with { Workshop = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop }, new Next(), FacilitatedChannel.Priya, null);

        var again = await _channel.Facilitate.MoveAllToPhaseAsync(workshop.Id, FacilitatedChannel.Priya, WorkshopPhase.Journey, "delivery-1");

        Assert.Equal(GroupCommandOutcome.Duplicate, Assert.Single(again.Groups).Result.Outcome);
    }

    [Fact]
    public async Task A_member_is_refused_every_facilitator_action_and_nothing_changes()
    {
        var workshop = await _channel.CreateAsync();
        await _channel.StartGroupAsync(1);
        var member = new Participant("aad-member-1", "Member 1");

        Assert.Equal(FacilitationOutcome.NotFacilitator, (await _channel.Facilitate.MoveAllToPhaseAsync(workshop.Id, member, WorkshopPhase.Voting, "d")).Outcome);
        Assert.Equal(FacilitationOutcome.NotFacilitator, (await _channel.Facilitate.PauseAllAsync(workshop.Id, member, "d")).Outcome);
        Assert.Equal(FacilitationOutcome.NotFacilitator, (await _channel.Facilitate.SetMapLockedAsync(workshop.Id, member, true)).Outcome);
        Assert.Equal(FacilitationOutcome.NotFacilitator, (await _channel.Facilitate.BroadcastAsync(workshop.Id, member, "hello")).Outcome);

        var stored = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop;
        Assert.False(stored.IsPaused);
        Assert.False(stored.IsLocked);
        Assert.Empty(_channel.Notices.Told);
        Assert.Empty(_channel.Notices.Changed);
    }

    [Fact]
    public async Task Pause_all_pauses_every_group_and_the_workshop_and_a_second_pause_is_refused()
    {
        var workshop = await _channel.CreateAsync();
        var groups = new[] { await _channel.StartGroupAsync(1), await _channel.StartGroupAsync(2) };

        Assert.Equal("Paused 2 groups.", (await _channel.Facilitate.PauseAllAsync(workshop.Id, FacilitatedChannel.Priya, "p1")).Message);
        Assert.Equal(FacilitationOutcome.Refused, (await _channel.Facilitate.PauseAllAsync(workshop.Id, FacilitatedChannel.Priya, "p2")).Outcome);
        foreach (var group in groups)
        {
            Assert.True((await _channel.Repository.LoadGroupAsync(workshop.Id, group.GroupId))!.IsPaused);
        }

        await _channel.Facilitate.ResumeAllAsync(workshop.Id, FacilitatedChannel.Priya, "r1");
        Assert.All(await Task.WhenAll(groups.Select(g => _channel.Repository.LoadGroupAsync(workshop.Id, g.GroupId))), s => Assert.False(s!.IsPaused));
        Assert.False((await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop.IsPaused);
    }

    [Fact]
    public async Task A_broadcast_reaches_every_group_and_an_empty_one_is_refused()
    {
        var workshop = await _channel.CreateAsync();
        await _channel.StartGroupAsync(1);
        await _channel.StartGroupAsync(2);

        Assert.Equal(FacilitationOutcome.Refused, (await _channel.Facilitate.BroadcastAsync(workshop.Id, FacilitatedChannel.Priya, "   ")).Outcome);
        var sent = await _channel.Facilitate.BroadcastAsync(workshop.Id, FacilitatedChannel.Priya, "Five minutes, then we vote");

        Assert.Equal("Sent to 2 groups.", sent.Message);
        var (told, notice) = Assert.Single(_channel.Notices.Told);
        Assert.Equal(2, told.Count);
        Assert.Equal("Five minutes, then we vote", notice.Text);
    }

    [Fact]
    public async Task A_locked_map_refuses_answers_and_tab_edits_but_not_moving_on()
    {
        var workshop = await _channel.CreateAsync();
        var group = await _channel.StartGroupAsync(1);
        await _channel.Facilitate.SetMapLockedAsync(workshop.Id, FacilitatedChannel.Priya, true);
        var locked = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop;
        var member = new Participant("aad-member-1", "Member 1");

        var answer = await _channel.Commands.RunAsync(locked, group.GroupId, new Answer("Doreen"), member, "a1");
        var edit = await new MapEdits(_channel.Repository, _channel.Commands, new NoConflictNotice())
            .ApplyAsync(member, "tenant-1", workshop.Id, group.GroupId, new MapEdit { Op = EditOperations.Add, StageId = "report", Lane = "painPoint", Text = "Waited a week", ClientEditId = "e1" });
        var skip = await _channel.Commands.RunAsync(locked, group.GroupId, new Skip(), member, "s1");

        Assert.Equal(GroupCommandOutcome.Rejected, answer.Outcome);
        Assert.Contains("locked the map", answer.RejectionReason, StringComparison.Ordinal);
        Assert.IsType<EditLocked>(edit);
        Assert.Equal(GroupCommandOutcome.Applied, skip.Outcome);
        Assert.Empty((await _channel.Repository.LoadGroupAsync(workshop.Id, group.GroupId))!.Map.Items);
    }

    public void Dispose() => _channel.Dispose();
}
