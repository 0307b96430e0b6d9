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
    public void A_personal_view_is_refreshed_on_every_step_not_only_voting()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.ImpactEffort);

        var card = PromptCard.Render(prompt, CardContexts.Participant(personalViewFor: ScenarioWalk.ViewerId));

        Assert.Equal([ScenarioWalk.ViewerId], card.Refresh!.UserIds);
        Assert.Equal(CardVerbs.Refresh, card.Refresh.Action.Verb);
    }

    [Fact]
    public void The_shared_card_refreshes_for_the_groups_members_at_most_sixty()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.StageItems);
        var members = Enumerable.Range(0, 75).Select(i => $"29:member-{i}").ToList();

        var card = PromptCard.Render(prompt, CardContexts.Participant() with { ViewerIsFacilitator = false, RefreshFor = members });

        Assert.Equal(members.Take(60), card.Refresh!.UserIds);
    }

    private static (Prompt Prompt, string VotedId) VotedOnce()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.Voting);
        var voted = walk.Session.Map.Initiatives[0].Id;
        return (walk.Do(new Vote(voted)), voted);
    }
}
