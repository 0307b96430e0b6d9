using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>Dot voting: a button per initiative, and each person's own dots through a personal refresh.</summary>
public sealed class PromptCardVotingTests
{
    [Fact]
    public void Voting_card_offers_a_dot_on_initiatives_the_viewer_has_not_voted_for_and_removal_on_the_one_they_have()
    {
        var (prompt, voted) = VotedOnce();

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant(personalViewFor: ScenarioWalk.ViewerId)));

        var unvote = Assert.Single(card.ButtonsWithVerb(CardVerbs.Unvote));
        Assert.Equal(voted, (string?)unvote["data"]?[CardFields.InitiativeId]);
        Assert.Equal(
            prompt.Initiatives.Where(i => i.Id != voted).Select(i => i.Id).Order(),
            card.ButtonsWithVerb(CardVerbs.Vote).Select(b => (string)b["data"]![CardFields.InitiativeId]!).Order());
    }

    [Fact]
    public void Personal_view_refreshes_for_that_viewer_only()
    {
        var (prompt, _) = VotedOnce();

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant(personalViewFor: ScenarioWalk.ViewerId)));

        Assert.Equal([ScenarioWalk.ViewerId], card.Refresh?["userIds"]?.AsArray().Select(u => (string)u!));
        Assert.Equal(CardVerbs.Refresh, (string?)card.Refresh?["action"]?["verb"]);
    }

    [Fact]
    public void Personal_view_tells_the_viewer_how_many_dots_they_have_left()
    {
        var (prompt, _) = VotedOnce();

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant(personalViewFor: ScenarioWalk.ViewerId)));

        Assert.Contains($"You have {prompt.DotsPerPerson - 1} of {prompt.DotsPerPerson} dots left.", card.Texts);
    }

    [Fact]
    public void Shared_voting_card_has_no_personal_refresh()
    {
        var (prompt, _) = VotedOnce();

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

        Assert.Null(card.Refresh);
    }

    [Fact]
    public void Personal_view_is_not_requested_outside_the_voting_step()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.ImpactEffort);

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant(personalViewFor: ScenarioWalk.ViewerId)));

        Assert.Null(card.Refresh);
    }

    private static (Prompt Prompt, string VotedId) VotedOnce()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.Voting);
        var voted = walk.Session.Map.Initiatives[0].Id;
        return (walk.Do(new Vote(voted)), voted);
    }
}
