using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Domain.Tests.Workshops;

/// <summary>Time boxes: the phase clock, its reminder and end, the workshop-wide pause, extensions and the lock.</summary>
public sealed class WorkshopTimeBoxTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static Workshop AWorkshop(int personaMinutes = 10, int journeyMinutes = 15, bool autoAdvance = false, int reminderMinutes = 2)
    {
        var workshop = Workshop.Create("ws-1", "Bins", new TeamsLocation("tenant-1", "team-1", "19:abc@thread.tacv2"));
        workshop.Configure(
            new WorkshopSetup
            {
                TimeBoxes = new Dictionary<WorkshopPhase, TimeSpan>
                {
                    [WorkshopPhase.Persona] = TimeSpan.FromMinutes(personaMinutes),
                    [WorkshopPhase.Journey] = TimeSpan.FromMinutes(journeyMinutes),
                },
                ReminderLead = TimeSpan.FromMinutes(reminderMinutes),
                AutoAdvance = autoAdvance,
            },
            Nine);
        return workshop;
    }

    [Fact]
    public void A_phase_with_a_time_box_is_due_for_its_reminder_then_its_end()
    {
        var workshop = AWorkshop();
        workshop.StartPhase(WorkshopPhase.Persona, Nine);

        Assert.Equal(Nine.AddMinutes(8), workshop.NextDueAt);
        Assert.Equal(TimeBoxDue.Nothing, workshop.TakeDue(Nine.AddMinutes(7)));
        Assert.Equal(TimeBoxDue.Reminder, workshop.TakeDue(Nine.AddMinutes(8)));
        Assert.Equal(Nine.AddMinutes(10), workshop.NextDueAt);
        Assert.Equal(TimeBoxDue.Nothing, workshop.TakeDue(Nine.AddMinutes(9)));
        Assert.Equal(TimeBoxDue.End, workshop.TakeDue(Nine.AddMinutes(10)));
        Assert.Null(workshop.NextDueAt);
        Assert.Equal(TimeBoxDue.Nothing, workshop.TakeDue(Nine.AddHours(1)));
    }

    [Fact]
    public void A_host_back_after_the_end_skips_the_late_reminder_and_ends_the_time_box()
    {
        var workshop = AWorkshop();
        workshop.StartPhase(WorkshopPhase.Persona, Nine);

        Assert.Equal(TimeBoxDue.End, workshop.TakeDue(Nine.AddMinutes(30)));
        Assert.DoesNotContain(workshop.DomainEvents, e => e is TimeBoxEndingSoon);
    }

    [Fact]
    public void A_phase_without_a_time_box_is_never_due()
    {
        var workshop = AWorkshop();

        workshop.StartPhase(WorkshopPhase.Ideas, Nine);

        Assert.Null(workshop.NextDueAt);
        Assert.Null(workshop.Clock!.LeftAt(Nine.AddHours(3)));
    }

    [Fact]
    public void The_end_names_the_next_phase_only_when_time_boxes_move_groups_on_by_themselves()
    {
        var manual = AWorkshop();
        manual.StartPhase(WorkshopPhase.Persona, Nine);
        manual.TakeDue(Nine.AddMinutes(10));
        var automatic = AWorkshop(autoAdvance: true);
        automatic.StartPhase(WorkshopPhase.Persona, Nine);
        automatic.TakeDue(Nine.AddMinutes(10));

        Assert.Null(manual.DomainEvents.OfType<TimeBoxEnded>().Single().MoveOnTo);
        Assert.Equal(WorkshopPhase.Journey, automatic.DomainEvents.OfType<TimeBoxEnded>().Single().MoveOnTo);
    }

    [Fact]
    public void Pausing_stops_the_clock_and_resuming_runs_on_from_what_was_left()
    {
        var workshop = AWorkshop();
        workshop.StartPhase(WorkshopPhase.Persona, Nine);

        workshop.PauseAll(Nine.AddMinutes(4));
        Assert.Null(workshop.NextDueAt);
        Assert.Equal(TimeSpan.FromMinutes(6), workshop.Clock!.LeftAt(Nine.AddHours(1)));

        workshop.ResumeAll(Nine.AddMinutes(20));
        Assert.Equal(Nine.AddMinutes(26), workshop.Clock!.EndsAt);
        Assert.Equal(Nine.AddMinutes(24), workshop.NextDueAt);
    }

    [Fact]
    public void Pausing_twice_or_resuming_a_running_workshop_is_refused()
    {
        var workshop = AWorkshop();
        workshop.PauseAll(Nine);

        Assert.Throws<DomainValidationException>(() => workshop.PauseAll(Nine));
        workshop.ResumeAll(Nine);
        Assert.Throws<DomainValidationException>(() => workshop.ResumeAll(Nine));
    }

    [Fact]
    public void Extending_past_the_reminder_reminds_again_and_an_ended_time_box_runs_again()
    {
        var workshop = AWorkshop();
        workshop.StartPhase(WorkshopPhase.Persona, Nine);
        workshop.TakeDue(Nine.AddMinutes(8));
        workshop.TakeDue(Nine.AddMinutes(10));

        workshop.ExtendTimeBox(TimeSpan.FromMinutes(5), Nine.AddMinutes(11));

        Assert.Equal(Nine.AddMinutes(16), workshop.Clock!.EndsAt);
        Assert.Equal(Nine.AddMinutes(14), workshop.NextDueAt);
        Assert.Equal(TimeBoxDue.Reminder, workshop.TakeDue(Nine.AddMinutes(14)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(61)]
    public void Extensions_out_of_range_are_refused(int minutes)
    {
        var workshop = AWorkshop();
        workshop.StartPhase(WorkshopPhase.Persona, Nine);

        Assert.Equal("minutes", Assert.Throws<DomainValidationException>(() => workshop.ExtendTimeBox(TimeSpan.FromMinutes(minutes), Nine)).Field);
    }

    [Fact]
    public void Extending_before_any_phase_was_called_is_refused()
    {
        Assert.Equal("phase", Assert.Throws<DomainValidationException>(() => AWorkshop().ExtendTimeBox(TimeSpan.FromMinutes(5), Nine)).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(241)]
    public void A_time_box_out_of_range_is_refused_naming_the_phase(int minutes)
    {
        var workshop = AWorkshop();
        var setup = new WorkshopSetup { TimeBoxes = new Dictionary<WorkshopPhase, TimeSpan> { [WorkshopPhase.Voting] = TimeSpan.FromMinutes(minutes) } };

        Assert.Equal("timeBox.voting", Assert.Throws<DomainValidationException>(() => workshop.Configure(setup, Nine)).Field);
    }

    [Fact]
    public void An_unknown_depth_is_refused()
    {
        Assert.Equal("depth", Assert.Throws<DomainValidationException>(() => AWorkshop().Configure(new WorkshopSetup { Depth = "deep" }, Nine)).Field);
    }

    [Fact]
    public void Locking_raises_one_event_per_change()
    {
        var workshop = AWorkshop();
        workshop.ClearDomainEvents();

        workshop.SetLocked(true, Nine);
        workshop.SetLocked(true, Nine);
        workshop.SetLocked(false, Nine);

        Assert.Equal([true, false], workshop.DomainEvents.OfType<MapLockChanged>().Select(e => e.Locked));
        Assert.False(workshop.IsLocked);
    }

    [Fact]
    public void An_invited_co_facilitator_becomes_a_facilitator_under_their_entra_id_once()
    {
        var workshop = AWorkshop();
        workshop.InviteFacilitator("29:sam");

        Assert.False(workshop.ClaimFacilitatorInvitation("29:someone-else", "aad-else"));
        Assert.True(workshop.ClaimFacilitatorInvitation("29:sam", "aad-sam"));
        Assert.False(workshop.ClaimFacilitatorInvitation("29:sam", "aad-intruder"));

        Assert.Equal(["aad-sam"], workshop.Facilitators);
        Assert.Empty(workshop.InvitedFacilitators);
    }
}
