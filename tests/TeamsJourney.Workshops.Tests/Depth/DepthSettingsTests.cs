using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Depth;

/// <summary>The facilitator's depth use cases on a real SQLite store: stored as events, read on start, rolled out to running groups.</summary>
public sealed class DepthSettingsTests : IDisposable
{
    private static readonly WorkshopPlace Channel = new("ws-channel", "tenant-1", "team-1", "19:c@thread.tacv2", "Bins");
    private static readonly Participant Facilitator = new("aad-1", "Person 1");
    private static readonly Participant Member = new("aad-2", "Person 2");
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly WorkshopRepository _repository;
    private readonly StartGroup _start;
    private readonly DepthRollout _rollout;

    public DepthSettingsTests()
    {
        _repository = new WorkshopRepository(_folder.Store);
        var commands = new RunGroupCommand(_repository, TimeProvider.System);
        _start = new StartGroup(_repository, new WorkshopScenarios(_repository), commands, TimeProvider.System);
        _rollout = new DepthRollout(_repository, new GroupConversations(_repository, TimeProvider.System), commands, TimeProvider.System);
    }

    [Fact]
    public async Task Groups_of_a_workshop_nobody_configured_start_at_MVP_depth()
    {
        var started = await StartAsync(1, "Table 1");

        Assert.Equal(DepthChoice.Mvp, started.Result!.Session.Depth);
        Assert.Equal("persona", started.Result.Session.CurrentStep.Id);
    }

    [Fact]
    public async Task The_workshop_depth_is_stored_read_by_later_starts_and_switches_running_groups_at_their_stage()
    {
        await StartAsync(1, "Table 1");
        await new RunGroupCommand(_repository, TimeProvider.System).RunAsync(
            (await _repository.LoadWorkshopAsync(Channel.WorkshopId))!.Workshop, "g1", new Domain.Facilitation.Commands.Skip(), Member, "skip-1");

        var result = await new SetWorkshopDepth(_rollout).SetAsync(Channel.WorkshopId, Facilitator, ScenarioDepth.Full, ConversationOf, "depth-1");
        var later = await StartAsync(2, "Table 2");

        Assert.Equal(DepthChangeOutcome.Changed, result.Outcome);
        var switched = Assert.Single(result.Groups);
        Assert.Equal("journey.notice.customerAction", switched.Result.Session.CurrentStep.Id);
        Assert.Equal(DepthChoice.Full, later.Result!.Session.Depth);
        Assert.Equal(ScenarioDepth.Full, (await new WorkshopDepth(new WorkshopRepository(_folder.Store)).ReadAsync(Channel.WorkshopId)).Depth);
    }

    [Fact]
    public async Task A_group_named_before_it_starts_gets_its_own_depth_and_the_others_keep_the_workshops()
    {
        await StartAsync(1, "Table 1");

        var result = await new SetGroupDepth(_rollout).SetAsync(Channel.WorkshopId, Facilitator, " table 2 ", ScenarioDepth.Full, ConversationOf, "depth-1");
        var named = await StartAsync(2, "Table 2");
        var other = await StartAsync(3, "Table 3");

        Assert.Empty(result.Groups);
        Assert.Equal(ScenarioDepth.Full, result.Settings.GroupDepths["Table 2"]);
        Assert.Equal(DepthChoice.Full, named.Result!.Session.Depth);
        Assert.Equal(DepthChoice.Mvp, other.Result!.Session.Depth);
        Assert.Equal(DepthChoice.Mvp, (await _repository.LoadGroupAsync(Channel.WorkshopId, "g1"))!.Depth);
    }

    [Fact]
    public async Task Chosen_blueprint_lanes_reach_running_groups_and_groups_that_start_later()
    {
        await StartAsync(1, "Table 1");
        Lane[] lanes = [Lane.Frontstage, Lane.PhysicalEvidence];

        var result = await new ChooseBlueprintLanes(_rollout).ChooseAsync(Channel.WorkshopId, Facilitator, lanes, ConversationOf, "lanes-1");
        var later = await StartAsync(2, "Table 2");

        Assert.Equal([Lane.PhysicalEvidence, Lane.Frontstage], result.Settings.BlueprintLanes);
        Assert.Equal([Lane.PhysicalEvidence, Lane.Frontstage], Assert.Single(result.Groups).Result.Session.Depth.BlueprintLanes);
        var blueprintCard = later.Result!.Session.Steps.First(s => s.Phase == StepPhase.Blueprint);
        Assert.Equal([Lane.PhysicalEvidence, Lane.Frontstage], blueprintCard.Inputs.Select(i => i.Lane!.Value));
    }

    [Fact]
    public async Task Only_a_facilitator_changes_the_depth_and_a_refusal_stores_nothing()
    {
        await StartAsync(1, "Table 1");

        var refused = await new SetWorkshopDepth(_rollout).SetAsync(Channel.WorkshopId, Member, ScenarioDepth.Full, ConversationOf, "depth-1");
        var invalid = await new ChooseBlueprintLanes(_rollout).ChooseAsync(Channel.WorkshopId, Facilitator, [Lane.PainPoint], ConversationOf, "lanes-1");
        var nowhere = await new SetWorkshopDepth(_rollout).SetAsync("ws-elsewhere", Facilitator, ScenarioDepth.Full, ConversationOf, "depth-2");

        Assert.Equal(DepthChangeOutcome.NotFacilitator, refused.Outcome);
        Assert.Equal(DepthChangeOutcome.Invalid, invalid.Outcome);
        Assert.Contains("not a blueprint lane", invalid.Problem, StringComparison.Ordinal);
        Assert.Equal(DepthChangeOutcome.NoWorkshop, nowhere.Outcome);
        Assert.Empty(await _folder.Store.ReadStreamAsync(Channel.WorkshopId, WorkshopStreams.DepthSettings, 0));
        Assert.Equal(DepthChoice.Mvp, (await _repository.LoadGroupAsync(Channel.WorkshopId, "g1"))!.Depth);
    }

    [Fact]
    public async Task A_redelivered_change_switches_nobody_twice()
    {
        await StartAsync(1, "Table 1");
        var set = new SetWorkshopDepth(_rollout);

        await set.SetAsync(Channel.WorkshopId, Facilitator, ScenarioDepth.Full, ConversationOf, "depth-1");
        await set.SetAsync(Channel.WorkshopId, Facilitator, ScenarioDepth.Full, ConversationOf, "depth-1");

        Assert.Single(await _folder.Store.ReadStreamAsync(Channel.WorkshopId, WorkshopStreams.DepthSettings, 0));
        Assert.Single(await _repository.ReadGroupEventsAsync(Channel.WorkshopId, "g1"), e => e is Domain.Facilitation.Events.DepthChosen);
    }

    [Fact]
    public async Task Starting_again_in_a_thread_whose_group_is_under_way_says_what_it_runs_and_changes_nothing()
    {
        await StartAsync(1, "Table 1");

        var again = await _start.StartAsync(Request(1, "Table 1") with { ScenarioId = "blue-badge-application", DeliveryKey = "delivery-again" });

        Assert.True(again.AlreadyRunning);
        Assert.Equal("missed-bin-collection", again.Result!.Session.Script.Id);
        Assert.Single(await _repository.ReadGroupEventsAsync(Channel.WorkshopId, "g1"));
    }

    public void Dispose() => _folder.Dispose();

    private static string ConversationOf(string groupId) => $"19:c@thread.tacv2;messageid={groupId[1..]}";

    private Task<StartGroupResult> StartAsync(int i, string name) => _start.StartAsync(Request(i, name));

    private static StartGroupRequest Request(int i, string name) => new(
        Channel,
        $"g{i}",
        new GroupConversation($"19:c@thread.tacv2;messageid={i}", "https://smba.example/", null, Channel.TenantId),
        "missed-bin-collection",
        name,
        i == 1 ? Facilitator : new Participant($"aad-{i}", $"Person {i}"),
        $"delivery-{i}");
}
