using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Setup;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Facilitation;

/// <summary>"new workshop": a facilitator's form makes one workshop per form; the newest of a channel is current.</summary>
public sealed class SetUpWorkshopTests : IDisposable
{
    private readonly FacilitatedChannel _channel = new();

    [Fact]
    public async Task The_creator_is_the_only_facilitator_and_has_no_group()
    {
        var workshop = await _channel.CreateAsync();

        Assert.Equal(["aad-priya"], workshop.Facilitators);
        Assert.Empty(workshop.Groups);
        Assert.Equal("mvp", workshop.Setup.Depth);
        Assert.Equal(workshop.Id, (await _channel.Channels.OfFacilitatorThreadAsync("19:c@thread.tacv2;messageid=1"))!.Id);
    }

    [Fact]
    public async Task Saving_the_same_form_again_changes_that_workshop_instead_of_making_a_second()
    {
        var first = await _channel.CreateAsync();

        var again = await _channel.SetUp.SaveAsync(new SetUpWorkshopRequest(FacilitatedChannel.Place, "form-1", FacilitatedChannel.Priya, null, FacilitatedChannel.Draft("Renamed", personaMinutes: 12)));

        Assert.Equal(SetUpOutcome.Updated, again.Outcome);
        Assert.Equal(first.Id, again.Workshop!.Id);
        var stored = (await _channel.Repository.LoadWorkshopAsync(first.Id))!.Workshop;
        Assert.Equal("Renamed", stored.Title);
        Assert.Equal(TimeSpan.FromMinutes(12), stored.Setup.TimeBoxOf(WorkshopPhase.Persona));
        Assert.Single(await _channel.Repository.ListHeadersAsync("tenant-1", "team-1", "19:c@thread.tacv2"));
    }

    [Fact]
    public async Task Someone_who_is_not_a_facilitator_cannot_change_the_setup()
    {
        await _channel.CreateAsync();

        var refused = await _channel.SetUp.SaveAsync(new SetUpWorkshopRequest(FacilitatedChannel.Place, "form-1", new Participant("aad-sam", "Sam"), null, FacilitatedChannel.Draft("Mine now")));

        Assert.Equal(SetUpOutcome.NotFacilitator, refused.Outcome);
        Assert.Equal("Bins, round 1", (await _channel.Repository.LoadWorkshopAsync(refused.Workshop!.Id))!.Workshop.Title);
    }

    [Fact]
    public async Task A_bad_time_box_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var draft = FacilitatedChannel.Draft() with
        {
            Setup = new WorkshopSetup { TimeBoxes = new Dictionary<WorkshopPhase, TimeSpan> { [WorkshopPhase.Ideas] = TimeSpan.FromHours(9) } },
        };

        var refused = await _channel.SetUp.SaveAsync(new SetUpWorkshopRequest(FacilitatedChannel.Place, "form-1", FacilitatedChannel.Priya, null, draft));

        Assert.Equal(SetUpOutcome.Invalid, refused.Outcome);
        Assert.Equal("timeBox.ideas", refused.Field);
        Assert.Empty(await _channel.Repository.ListHeadersAsync("tenant-1", "team-1", "19:c@thread.tacv2"));
    }

    [Fact]
    public async Task A_chat_outside_a_channel_cannot_hold_a_set_up_workshop()
    {
        var chat = new WorkshopPlace("ws-chat", "tenant-1");

        var refused = await _channel.SetUp.SaveAsync(new SetUpWorkshopRequest(chat, "form-1", FacilitatedChannel.Priya, null, FacilitatedChannel.Draft()));

        Assert.Equal(SetUpOutcome.Invalid, refused.Outcome);
        Assert.Equal("channel", refused.Field);
    }

    [Fact]
    public async Task The_newest_workshop_is_current_and_a_channel_without_one_keeps_its_own_id()
    {
        Assert.Equal(FacilitatedChannel.Place, await _channel.Channels.CurrentAsync(FacilitatedChannel.Place));
        var older = await _channel.CreateAsync(formId: "form-1");
        _channel.Clock.Advance(TimeSpan.FromDays(1));
        var newer = await _channel.CreateAsync(FacilitatedChannel.Draft("Round 2"), formId: "form-2");

        Assert.NotEqual(older.Id, newer.Id);
        Assert.Equal(newer.Id, (await _channel.Channels.CurrentAsync(FacilitatedChannel.Place)).WorkshopId);
        Assert.NotNull(await _channel.Repository.LoadWorkshopAsync(older.Id));
    }

    [Fact]
    public async Task Members_who_start_groups_do_not_become_facilitators()
    {
        var workshop = await _channel.CreateAsync();

        await _channel.StartGroupAsync(1);
        await _channel.StartGroupAsync(2);

        var stored = (await _channel.Repository.LoadWorkshopAsync(workshop.Id))!.Workshop;
        Assert.Equal(2, stored.Groups.Count);
        Assert.Equal(["aad-priya"], stored.Facilitators);
    }

    public void Dispose() => _channel.Dispose();
}
