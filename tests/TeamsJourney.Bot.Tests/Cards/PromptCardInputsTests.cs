using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>What a group can enter on each kind of step.</summary>
public sealed class PromptCardInputsTests
{
    [Fact]
    public void Item_step_has_a_required_answer_box_and_an_Add_button_that_sends_it()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.StageItems, Lane.CustomerAction));

        Assert.Equal(true, (bool?)card.Input(CardFields.Answer)?["isRequired"]);
        var add = Assert.Single(card.ButtonsWithVerb(CardVerbs.Answer));
        Assert.Equal("Add", (string?)add["title"]);
        Assert.Equal("auto", (string?)add["associatedInputs"]);
    }

    [Fact]
    public void Touchpoint_step_offers_every_channel_to_choose_from()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.StageItems, Lane.Touchpoint));

        Assert.Equal(Enum.GetNames<TouchpointChannel>(), card.ChoiceValues(CardFields.Channel));
    }

    [Fact]
    public void Item_step_outside_the_touchpoint_lane_has_no_channel_choice()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.StageItems, Lane.PainPoint));

        Assert.Null(card.Input(CardFields.Channel));
    }

    [Fact]
    public void Item_step_asks_whether_the_entry_is_a_fact_or_an_assumption_and_its_source()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.StageItems, Lane.CustomerAction));

        Assert.Equal(["Fact", "Assumption"], card.ChoiceValues(CardFields.EvidenceKind));
        Assert.NotNull(card.Input(CardFields.EvidenceSource));
    }

    [Fact]
    public void Persona_step_has_an_answer_box_but_no_evidence_or_channel()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.PersonaField));

        Assert.NotNull(card.Input(CardFields.Answer));
        Assert.Null(card.Input(CardFields.EvidenceKind));
        Assert.Null(card.Input(CardFields.Channel));
    }

    [Fact]
    public void Captured_items_show_their_channel_and_evidence()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.StageItems, Lane.Touchpoint);
        var prompt = walk.Do(new Answer("Council website form", TouchpointChannel.Web, EvidenceKind.Fact, "Web analytics"));

        var card = Render(prompt);

        Assert.Contains("• Council website form — Website — fact (Web analytics)", card.Texts);
    }

    [Fact]
    public void Emotion_step_offers_scores_from_minus_two_to_plus_two()
    {
        var card = Render(ScenarioWalk.PromptAt(StepKind.StageEmotion));

        Assert.Equal(["-2", "-1", "0", "1", "2"], card.ChoiceValues(CardFields.Emotion));
        Assert.Single(card.ButtonsWithVerb(CardVerbs.Emotion));
    }

    [Fact]
    public void Emotion_step_preselects_the_score_the_group_gave()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.StageEmotion);
        walk.Do(new ScoreEmotion(-2));
        var prompt = walk.Do(new Back());

        var card = Render(prompt);

        Assert.Equal("-2", (string?)card.Input(CardFields.Emotion)?["value"]);
    }

    [Fact]
    public void Initiative_step_links_an_idea_to_any_of_the_groups_pain_points()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.InitiativeIdeas);

        var card = Render(prompt);

        Assert.NotNull(card.Input(CardFields.Title));
        Assert.Equal(true, (bool?)card.Input(CardFields.PainPoints)?["isMultiSelect"]);
        Assert.Equal(prompt.PainPoints.Select(p => p.ItemId), card.ChoiceValues(CardFields.PainPoints));
        Assert.Single(card.ButtonsWithVerb(CardVerbs.Propose));
    }

    [Fact]
    public void Rating_step_asks_impact_and_effort_from_one_to_five_for_each_initiative()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.ImpactEffort);

        var card = Render(prompt);

        Assert.All(prompt.Initiatives, i =>
        {
            Assert.Equal(["1", "2", "3", "4", "5"], card.ChoiceValues(CardFields.Impact(i.Id)));
            Assert.Equal(["1", "2", "3", "4", "5"], card.ChoiceValues(CardFields.Effort(i.Id)));
        });
        Assert.Equal(prompt.Initiatives.Select(i => i.Id).Order(), card.ButtonsWithVerb(CardVerbs.Rate).Select(b => (string)b["data"]![CardFields.InitiativeId]!).Order());
    }

    [Fact]
    public void Paused_card_offers_no_inputs_and_says_why()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.StageItems);
        var prompt = walk.Do(new Pause());

        var card = Render(prompt);

        Assert.Null(card.Input(CardFields.Answer));
        Assert.Empty(card.ButtonsWithVerb(CardVerbs.Answer));
        Assert.Contains(card.Texts, t => t.Contains("paused", StringComparison.Ordinal));
    }

    [Fact]
    public void Finished_card_has_no_inputs_and_no_buttons_for_a_participant()
    {
        var prompt = ScenarioWalk.ToTheEnd(ScenarioWalk.Script("missed-bin-collection")).Prompts[^1];

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

        Assert.Empty(card.ExecuteActions);
        Assert.DoesNotContain(card.Root.ToJsonString(), "\"Input.", StringComparison.Ordinal);
        Assert.Contains("Finished", card.Texts);
    }

    [Fact]
    public void Finished_card_offers_the_facilitator_only_the_documents()
    {
        var prompt = ScenarioWalk.ToTheEnd(ScenarioWalk.Script("missed-bin-collection")).Prompts[^1];

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Facilitator()));

        Assert.Equal(["generateDocuments"], card.ExecuteActions.Select(a => (string?)a["verb"]));
        Assert.DoesNotContain(card.Root.ToJsonString(), "\"Input.", StringComparison.Ordinal);
    }

    private static RenderedCard Render(Domain.Facilitation.Prompt prompt) => RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));
}
