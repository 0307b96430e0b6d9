using TeamsJourney.Bot.Cards;
using TeamsJourney.Testing.Cards;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>
/// Every group card the bot can send, for every built-in scenario walked from the start to the end,
/// must be a valid Adaptive Card 1.5 that Teams accepts in one message.
/// </summary>
public sealed class PromptCardSchemaTests
{
    public static TheoryData<string> ScenarioIds() => [.. BuiltInScenarios.All.Select(s => s.Id)];

    public static TheoryData<string, ScenarioDepth> ScenarioIdsAtEachDepth()
    {
        var data = new TheoryData<string, ScenarioDepth>();
        foreach (var scenario in BuiltInScenarios.All)
        {
            foreach (var depth in Enum.GetValues<ScenarioDepth>())
            {
                data.Add(scenario.Id, depth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioIdsAtEachDepth))]
    public void Every_prompt_of_a_walked_scenario_renders_a_schema_valid_card_for_every_viewer(string scenarioId, ScenarioDepth depth)
    {
        var walk = ScenarioWalk.ToTheEnd(ScenarioWalk.Script(scenarioId), new DepthChoice(depth));

        var problems = (
            from prompt in walk.Prompts.DistinctBy(p => (p.StepId, p.IsPaused, p.IsFinished, p.CapturedItems.Count, p.CapturedTexts.Count, p.Initiatives.Count, p.RemainingDots, p.Emotion, p.Inputs.Sum(i => i.Items.Count + i.Texts.Count)))
            from viewer in CardContexts.EveryViewer()
            from error in AdaptiveCardSchema.Validate(RenderedCard.Of(PromptCard.Render(prompt, viewer.Context)).Json)
            select $"{prompt.StepId} ({viewer.Name}): {error}").ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(ScenarioIdsAtEachDepth))]
    public void Every_prompt_of_a_walked_scenario_fits_the_card_size_budget(string scenarioId, ScenarioDepth depth)
    {
        var walk = ScenarioWalk.ToTheEnd(ScenarioWalk.Script(scenarioId), new DepthChoice(depth));

        var oversized = (
            from prompt in walk.Prompts
            from viewer in CardContexts.EveryViewer()
            let card = RenderedCard.Of(PromptCard.Render(prompt, viewer.Context))
            where !card.FitsSizeBudget
            select $"{prompt.StepId} ({viewer.Name}): {card.SizeInBytes:N0} bytes").ToList();

        Assert.Empty(oversized);
    }

    [Theory]
    [MemberData(nameof(ScenarioIds))]
    public void A_walked_scenario_passes_through_every_kind_of_step_and_the_paused_and_finished_states(string scenarioId)
    {
        // Full depth has every single-answer kind, MVP the cards with several inputs.
        var prompts = ScenarioWalk.ToTheEnd(ScenarioWalk.Script(scenarioId)).Prompts
            .Concat(ScenarioWalk.ToTheEnd(ScenarioWalk.Script(scenarioId), DepthChoice.Mvp).Prompts).ToList();

        Assert.Equal(Enum.GetValues<StepKind>().Order(), prompts.Where(p => p.IsStarted).Select(p => p.Kind).Distinct().Order());
        Assert.Contains(prompts, p => !p.IsStarted);
        Assert.Contains(prompts, p => p.IsPaused);
        Assert.True(prompts[^1].IsFinished);
    }
}
