using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class InitiativeCommandTests
{
    /// <summary>A group at the ideas step with one pain point on the map.</summary>
    private static (GroupDriver Group, string PainPointId) AtIdeas()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        var painPoint = group.AddItem("Nobody tells me when they'll come back");
        group.GoTo("initiatives.ideas");
        return (group, painPoint);
    }

    private static (GroupDriver Group, string[] InitiativeIds) AtVotingWithThreeInitiatives()
    {
        var (group, painPoint) = AtIdeas();
        var ids = new[] { "Text alerts", "Crew photos", "Return dates" }
            .Select(title => Assert.IsType<InitiativeProposed>(group.Accept(new ProposeInitiative(title, [painPoint])).Events.Single()).InitiativeId)
            .ToArray();
        group.GoTo("initiatives.voting");
        return (group, ids);
    }

    [Fact]
    public void ProposeInitiative_links_pain_points_and_stays_on_the_step()
    {
        var (group, painPoint) = AtIdeas();

        var accepted = group.Accept(new ProposeInitiative("Text alerts", [painPoint], "Text when a bin is missed"));

        var option = Assert.Single(accepted.Next.Initiatives);
        Assert.Equal(("Text alerts", "Nobody tells me when they'll come back"), (option.Title, option.PainPointTexts.Single()));
        Assert.Equal("initiatives.ideas", accepted.Next.StepId);
    }

    [Fact]
    public void The_ideas_prompt_offers_the_pain_points_to_link()
    {
        var (group, painPoint) = AtIdeas();
        var option = Assert.Single(group.Session.PromptFor("user-alice").PainPoints);
        Assert.Equal((painPoint, "First stage"), (option.ItemId, option.StageName));
    }

    [Fact]
    public void ProposeInitiative_linking_something_that_is_not_a_pain_point_is_rejected()
    {
        var (group, _) = AtIdeas();
        Assert.Contains("not a pain point", group.Reject(new ProposeInitiative("Text alerts", ["ghost"])).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Answering_the_ideas_step_proposes_an_unlinked_initiative()
    {
        var (group, _) = AtIdeas();
        var proposed = Assert.IsType<InitiativeProposed>(group.Accept(new Answer("Crew photos")).Events.Single());
        Assert.Equal(("Crew photos", 0), (proposed.Title, proposed.PainPointIds.Count));
    }

    [Fact]
    public void Vote_puts_a_dot_and_reduces_the_remaining_dots()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();

        var accepted = group.Accept(new Vote(ids[0]));

        Assert.Equal(1, accepted.Next.RemainingDots);
        Assert.True(accepted.Next.Initiatives[0].HasYourVote);
        Assert.Equal(1, accepted.Next.Initiatives[0].Votes);
    }

    [Fact]
    public void Voting_beyond_the_dots_per_person_is_rejected()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();
        group.Accept(new Vote(ids[0]));
        group.Accept(new Vote(ids[1]));

        Assert.Contains("all 2 of your dots", group.Reject(new Vote(ids[2])).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dots_are_counted_per_person()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();
        group.Accept(new Vote(ids[0]));
        group.Accept(new Vote(ids[1]));

        Assert.Equal(1, group.Accept(new Vote(ids[2]), GroupDriver.Bob).Next.RemainingDots);
    }

    [Fact]
    public void Unvote_gives_the_dot_back()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();
        group.Accept(new Vote(ids[0]));

        var accepted = group.Accept(new Unvote(ids[0]));

        Assert.IsType<VoteWithdrawn>(accepted.Events.Single());
        Assert.Equal(2, accepted.Next.RemainingDots);
    }

    [Fact]
    public void Voting_before_the_voting_step_is_rejected()
    {
        var (group, painPoint) = AtIdeas();
        var id = Assert.IsType<InitiativeProposed>(group.Accept(new ProposeInitiative("Text alerts", [painPoint])).Events.Single()).InitiativeId;

        Assert.Contains("voting step", group.Reject(new Vote(id)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RateInitiative_on_the_impact_effort_step_records_both_ratings()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();
        group.GoTo("initiatives.impactEffort");

        var option = group.Accept(new RateInitiative(ids[1], 4, 2)).Next.Initiatives[1];

        Assert.Equal((4, 2), (option.Impact, option.Effort));
    }

    [Fact]
    public void RateInitiative_outside_one_to_five_is_rejected()
    {
        var (group, ids) = AtVotingWithThreeInitiatives();
        group.GoTo("initiatives.impactEffort");

        Assert.Contains("Impact", group.Reject(new RateInitiative(ids[1], 9, 2)).Reason, StringComparison.Ordinal);
    }
}
