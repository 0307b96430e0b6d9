using TeamsJourney.Bot.Cards;
using TeamsJourney.Testing.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>The largest and most hostile content a group can produce still gives a card Teams accepts and shows as typed.</summary>
public sealed class PromptCardWorstCaseTests
{
    public static TheoryData<string> WorstCaseSteps() => [.. WorstCaseGroup.Instance.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(WorstCaseSteps))]
    public void Worst_case_card_is_valid_against_the_adaptive_card_schema(string step)
    {
        var card = RenderedCard.Of(PromptCard.Render(Prompt(step), HostileContext()));

        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
    }

    [Theory]
    [MemberData(nameof(WorstCaseSteps))]
    public void Worst_case_card_fits_the_size_budget_for_a_facilitator_with_a_notice_and_a_personal_view(string step)
    {
        var card = RenderedCard.Of(PromptCard.Render(Prompt(step), HostileContext()));

        Assert.True(card.FitsSizeBudget, $"{step}: {card.SizeInBytes:N0} bytes");
    }

    [Theory]
    [MemberData(nameof(WorstCaseSteps))]
    public void Worst_case_card_shows_user_markdown_as_typed_and_never_as_a_link(string step)
    {
        var card = RenderedCard.Of(PromptCard.Render(Prompt(step), HostileContext()));

        Assert.Contains(card.Texts, t => t.Contains(@"\*\*x\*\* \[a\](b)", StringComparison.Ordinal));
        Assert.DoesNotContain(card.MarkdownTexts, HostileText.HasMarkdownLink);
    }

    [Fact]
    public void Full_lane_card_lists_the_latest_entries_and_points_to_the_map_for_the_rest()
    {
        var card = RenderedCard.Of(PromptCard.Render(WorstCaseGroup.Instance.FullLane, CardContexts.Participant()));

        Assert.Contains($"Captured so far ({WorstCaseGroup.EntriesInLane})", card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith($"• {WorstCaseGroup.EntriesInLane - 1}: ", StringComparison.Ordinal));
        Assert.Contains(card.Texts, t => t.Contains("see the map tab", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_long_initiatives_are_listed_most_voted_first_with_a_pointer_to_the_map_tab()
    {
        var prompt = WorstCaseGroup.Instance.Voting;

        var card = RenderedCard.Of(PromptCard.Render(prompt, HostileContext()));

        var listed = card.ButtonsWithVerb(CardVerbs.Vote).Count + card.ButtonsWithVerb(CardVerbs.Unvote).Count;
        Assert.InRange(listed, 1, WorstCaseGroup.InitiativeCount - 1);
        Assert.Equal(prompt.Initiatives.Count(i => i.HasYourVote), card.ButtonsWithVerb(CardVerbs.Unvote).Count);
        Assert.Contains($"This card lists {listed} of {WorstCaseGroup.InitiativeCount} initiatives to stay within the size Teams accepts; the map tab has them all.", card.Texts);
    }

    [Fact]
    public void Initiatives_that_fit_are_all_listed_without_a_size_note()
    {
        var prompt = ScenarioWalk.PromptAt(StepKind.Voting);

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

        Assert.Equal(prompt.Initiatives.Count, card.ButtonsWithVerb(CardVerbs.Vote).Count + card.ButtonsWithVerb(CardVerbs.Unvote).Count);
        Assert.DoesNotContain(card.Texts, t => t.Contains("map tab has them all", StringComparison.Ordinal));
    }

    [Fact]
    public void Entry_of_emoji_longer_than_a_card_line_is_shortened_without_splitting_an_emoji()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection")).UntilStep(StepKind.StageItems);
        var prompt = walk.Do(new Answer(string.Concat(Enumerable.Repeat("😀", 1_000))));

        var card = RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

        var entry = Assert.Single(card.Texts, t => t.StartsWith("• 😀", StringComparison.Ordinal));
        Assert.EndsWith("😀…", entry, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
    }

    private static Prompt Prompt(string step) => WorstCaseGroup.Instance.All.Single(s => s.Name == step).Prompt;

    private static GroupCardContext HostileContext() =>
        CardContexts.Facilitator(notice: HostileText.OfLength(5_000), personalViewFor: ScenarioWalk.ViewerId) with
        {
            ScenarioTitle = HostileText.OfLength(1_000),
            GroupName = HostileText.OfLength(1_000),
        };
}
