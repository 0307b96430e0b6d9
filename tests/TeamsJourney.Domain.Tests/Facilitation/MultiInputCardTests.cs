using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class MultiInputCardTests
{
    private static GroupDriver AtMvp(string scenarioId = "missed-bin-collection")
    {
        var driver = GroupDriver.For(BuiltInScenarios.All.Single(s => s.Id == scenarioId));
        driver.Accept(new Start("Group A", DepthChoice.Mvp));
        return driver;
    }

    private static GroupDriver OnFirstStageCard()
    {
        var group = AtMvp();
        group.Accept(new AnswerInputs([new InputAnswer("name", "Maureen, 72")], MoveOn: true));
        Assert.Equal("journey.notice", group.Session.CurrentStep.Id);
        return group;
    }

    [Fact]
    public void A_group_started_at_MVP_depth_begins_on_the_persona_card_and_the_start_event_records_the_depth()
    {
        var group = AtMvp();

        var started = Assert.IsType<GroupStarted>(group.Events.Single());
        Assert.Equal(ScenarioDepth.Mvp, started.Depth);
        Assert.Equal("persona", started.StepId);
        Assert.Equal(ScenarioDepth.Mvp, group.Session.PromptFor("user-alice").Depth);
        Assert.Equal("Persona", group.Session.PromptFor("user-alice").Title);
    }

    [Fact]
    public void One_press_records_every_filled_box_each_with_its_own_channel_and_evidence()
    {
        var group = OnFirstStageCard();

        var accepted = group.Accept(new AnswerInputs(
        [
            new InputAnswer("customerAction", "Checks the neighbours' bins", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Resident interviews"),
            new InputAnswer("touchpoint", "Collection calendar", TouchpointChannel.Web, EvidenceKind.Assumption),
            new InputAnswer("thought", "Was it my fault?"),
            new InputAnswer("emotion", "-1"),
            new InputAnswer("painPoint", "The calendar says collected", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Complaints log"),
        ]));

        Assert.Equal(5, accepted.Events.Count);
        var map = group.Session.Map;
        var touchpoint = Assert.Single(map.ItemsIn("notice", Lane.Touchpoint));
        Assert.Equal((TouchpointChannel?)TouchpointChannel.Web, touchpoint.Channel);
        Assert.Equal(new Evidence(EvidenceKind.Assumption, null), touchpoint.Evidence);
        Assert.Equal(new Evidence(EvidenceKind.Fact, "Complaints log"), Assert.Single(map.ItemsIn("notice", Lane.PainPoint)).Evidence);
        Assert.Equal(new Evidence(EvidenceKind.Fact, "Resident interviews"), Assert.Single(map.ItemsIn("notice", Lane.CustomerAction)).Evidence);
        Assert.Null(Assert.Single(map.ItemsIn("notice", Lane.Thought)).Evidence);
        Assert.Equal(-1, map.FindStage("notice")!.Emotion);
        Assert.Equal("journey.notice", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Empty_boxes_add_nothing_and_a_card_with_nothing_filled_is_refused()
    {
        var group = OnFirstStageCard();

        var accepted = group.Accept(new AnswerInputs([new InputAnswer("customerAction", "  "), new InputAnswer("painPoint", "No return date"), new InputAnswer("thought", null)]));
        var refused = group.Reject(new AnswerInputs([new InputAnswer("customerAction", ""), new InputAnswer("emotion", null)]));

        Assert.IsType<ItemAdded>(Assert.Single(accepted.Events));
        Assert.Single(group.Session.Map.Items);
        Assert.Contains("fill in at least one box", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_is_stored_whole_or_not_at_all()
    {
        var group = OnFirstStageCard();
        var before = group.Events.Count;

        var sourceWithoutKind = group.Reject(new AnswerInputs([new InputAnswer("customerAction", "Rings the council"), new InputAnswer("painPoint", "Long queue", EvidenceSource: "Call stats")]));
        var badEmotion = group.Reject(new AnswerInputs([new InputAnswer("customerAction", "Rings the council"), new InputAnswer("emotion", "terrible")]));
        var unknownBox = group.Reject(new AnswerInputs([new InputAnswer("customerAction", "Rings the council"), new InputAnswer("opportunity", "Texts")]));

        Assert.Contains("fact or an assumption", sourceWithoutKind.Reason, StringComparison.Ordinal);
        Assert.Contains("-2", badEmotion.Reason, StringComparison.Ordinal);
        Assert.Contains("no box called 'opportunity'", unknownBox.Reason, StringComparison.Ordinal);
        Assert.Equal(before, group.Events.Count);
        Assert.Empty(group.Session.Map.Items);
    }

    [Fact]
    public void Save_and_next_stores_the_card_and_moves_on_in_one_decision()
    {
        var group = OnFirstStageCard();

        var accepted = group.Accept(new AnswerInputs([new InputAnswer("painPoint", "No way to tell why it was missed")], MoveOn: true));

        Assert.Collection(accepted.Events, e => Assert.IsType<ItemAdded>(e), e => Assert.Equal("journey.report", Assert.IsType<StepMoved>(e).ToStepId));
    }

    [Fact]
    public void Save_and_next_with_nothing_typed_moves_on_only_when_the_card_already_holds_something()
    {
        var group = OnFirstStageCard();

        var refused = group.Reject(new AnswerInputs([], MoveOn: true));
        group.Accept(new AnswerInputs([new InputAnswer("emotion", "1")]));
        group.Accept(new AnswerInputs([new InputAnswer("emotion", "1")], MoveOn: true));

        Assert.Contains("Nothing has been captured", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("journey.report", group.Session.CurrentStep.Id);
        Assert.Single(group.Events.OfType<EmotionScored>());
    }

    [Fact]
    public void The_persona_card_replaces_single_fields_and_appends_to_lists()
    {
        var group = AtMvp();

        group.Accept(new AnswerInputs([new InputAnswer("name", "Maureen"), new InputAnswer("goals", "Get the bin emptied")]));
        group.Accept(new AnswerInputs([new InputAnswer("name", "Maureen, 72"), new InputAnswer("goals", "No foxes in the bags")]));

        Assert.Equal(["Maureen, 72"], group.Session.Map.Persona.Entries(PersonaField.Name));
        Assert.Equal(["Get the bin emptied", "No foxes in the bags"], group.Session.Map.Persona.Entries(PersonaField.Goals));
        Assert.Equal(["Get the bin emptied", "No foxes in the bags"], group.Session.PromptFor("user-alice").Inputs.Single(i => i.Input.Key == "goals").Texts);
    }

    [Fact]
    public void A_typed_single_answer_on_a_card_with_several_boxes_goes_into_its_first_box()
    {
        var group = OnFirstStageCard();

        var accepted = group.Accept(new Answer("Rings the contact centre"));
        var refused = group.Reject(new Answer("   "));

        Assert.Equal(Lane.CustomerAction, Assert.IsType<ItemAdded>(Assert.Single(accepted.Events)).Lane);
        Assert.Equal("journey.notice", group.Session.CurrentStep.Id);
        Assert.Single(group.Session.Map.Items);
        Assert.Contains("fill in at least one box", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_stage_at_MVP_depth_moves_card_by_card_so_the_pain_points_are_asked_on_every_stage()
    {
        var group = OnFirstStageCard();

        group.Accept(new FinishStage());

        Assert.Equal("journey.report", group.Session.CurrentStep.Id);
        Assert.Contains(group.Session.CurrentStep.Inputs, i => i.Lane == Lane.PainPoint);
    }

    [Fact]
    public void The_pain_points_from_stage_cards_are_what_ideas_link_to()
    {
        var group = OnFirstStageCard();
        group.Accept(new AnswerInputs([new InputAnswer("painPoint", "The calendar says collected")], MoveOn: true));
        group.GoTo("initiatives.ideas");

        var prompt = group.Session.PromptFor("user-alice");

        Assert.Equal("The calendar says collected", Assert.Single(prompt.PainPoints).Text);
    }

    [Fact]
    public void Replaying_the_stored_events_of_an_MVP_group_gives_the_same_session()
    {
        var group = OnFirstStageCard();
        group.Accept(new AnswerInputs([new InputAnswer("painPoint", "Long queue", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Call stats"), new InputAnswer("emotion", "-2")], MoveOn: true));

        var replayed = GroupSession.Replay(group.Session.Script, group.Events);

        Assert.Equal(group.Session.CurrentStep.Id, replayed.CurrentStep.Id);
        Assert.Equal(DepthChoice.Mvp, replayed.Depth);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(group.Session.Map), System.Text.Json.JsonSerializer.Serialize(replayed.Map));
    }
}
