using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>The buttons that move a group on, who sees them, and what every button sends back.</summary>
public sealed class PromptCardNavigationTests
{
    private static readonly string[] FacilitatorVerbs = [CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AdvanceAll];

    [Fact]
    public void Even_the_facilitator_sees_no_workshop_wide_buttons_on_a_group_card()
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.StageItems), CardContexts.Facilitator()));

        Assert.DoesNotContain(card.ButtonVerbs, FacilitatorVerbs.Contains);
        Assert.DoesNotContain(card.ButtonVerbs, CardVerbs.Facilitator.Contains);
    }

    [Fact]
    public void Participant_sees_no_facilitator_buttons()
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.StageItems), CardContexts.Participant()));

        Assert.DoesNotContain(card.ButtonVerbs, FacilitatorVerbs.Contains);
    }

    [Fact]
    public void Paused_group_card_offers_no_way_on()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection"));
        var prompt = walk.Do(new Pause());

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Facilitator()));

        Assert.Empty(card.ButtonsWithVerb(CardVerbs.Resume));
        Assert.Empty(card.ButtonsWithVerb(CardVerbs.Pause));
        Assert.Empty(card.ButtonsWithVerb(CardVerbs.Next));
    }

    [Fact]
    public void Group_can_move_on_skip_and_finish_the_stage_from_an_item_step()
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.StageItems), CardContexts.Participant()));

        Assert.Equal([CardVerbs.Next, CardVerbs.Back, CardVerbs.Skip, CardVerbs.FinishStage], card.ButtonVerbs.Where(v => v is CardVerbs.Next or CardVerbs.Back or CardVerbs.Skip or CardVerbs.FinishStage));
    }

    [Fact]
    public void First_step_offers_no_way_back()
    {
        var prompt = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).Current;

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

        Assert.DoesNotContain(CardVerbs.Back, card.ButtonVerbs);
    }

    [Fact]
    public void Review_step_finishes_with_a_Finish_button_and_cannot_be_skipped()
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.Review), CardContexts.Participant()));

        Assert.Equal("Finish", (string?)Assert.Single(card.ButtonsWithVerb(CardVerbs.Next))["title"]);
        Assert.DoesNotContain(CardVerbs.Skip, card.ButtonVerbs);
    }

    [Fact]
    public void Notice_is_shown_above_the_step_as_a_warning()
    {
        var card = RenderedCard.Of(PromptCard.Render(ScenarioWalk.PromptAt(StepKind.StageItems), CardContexts.Participant(notice: "The answer is empty; please type something.")));

        var banner = card.Root["body"]![1]!;
        Assert.Equal("warning", (string?)banner["style"]);
        Assert.Equal("The answer is empty; please type something.", (string?)banner["items"]![0]!["text"]);
    }

    [Fact]
    public void Every_action_on_every_card_of_a_walked_scenario_carries_the_workshop_group_and_step()
    {
        var walk = ScenarioWalk.ToTheEnd(ScenarioWalk.Script("missed-bin-collection"));

        var unmarked = (
            from prompt in walk.Prompts
            from viewer in CardContexts.EveryViewer()
            from action in RenderedCard.Of(PromptCard.Render(prompt, viewer.Context)).ExecuteActions
            let data = action["data"]
            where (string?)data?[CardFields.WorkshopId] != CardContexts.WorkshopId
                || (string?)data?[CardFields.GroupId] != CardContexts.GroupId
                || (string?)data?[CardFields.StepId] != prompt.StepId
            select $"{prompt.StepId} ({viewer.Name}): {action.ToJsonString()}").ToList();

        Assert.Empty(unmarked);
    }
}
