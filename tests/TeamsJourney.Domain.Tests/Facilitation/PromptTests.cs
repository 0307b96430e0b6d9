using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class PromptTests
{
    [Fact]
    public void A_journey_step_title_names_the_stage_number_stage_and_lane()
    {
        BuiltInScenarios.TryGet("missed-bin-collection", out var script);
        var group = GroupDriver.Started(script).GoTo("journey.report.customerAction");

        Assert.Equal("Stage 2 of 5: Reporting the missed collection — Customer actions", group.Session.PromptFor("user-alice").Title);
    }

    [Fact]
    public void A_blueprint_step_title_says_it_is_the_blueprint()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("blueprint.second.backstage");
        Assert.Equal("Blueprint, stage 2 of 2: Second stage — Backstage actions", group.Session.PromptFor("user-alice").Title);
    }

    [Fact]
    public void Progress_counts_steps_from_one()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("persona.goals");
        Assert.Equal(new(2, 14), group.Session.PromptFor("user-alice").Progress);
    }

    [Fact]
    public void The_prompt_carries_the_question_hint_and_flags_of_the_step()
    {
        BuiltInScenarios.TryGet("missed-bin-collection", out var script);
        var prompt = GroupDriver.Started(script).GoTo("journey.notice.painPoint").Session.PromptFor("user-alice");

        Assert.Equal("What goes wrong or frustrates them here?", prompt.Question);
        Assert.Equal("The calendar shows the collection as completed.", prompt.Example);
        Assert.True(prompt.AllowsMultiple && prompt.CanSkip && prompt.CanGoBack);
        Assert.False(prompt.IsPaused || prompt.IsFinished);
    }

    [Fact]
    public void The_first_step_cannot_go_back()
    {
        Assert.False(GroupDriver.Started(AScript().Load()).Session.PromptFor("user-alice").CanGoBack);
    }

    [Fact]
    public void A_rejected_command_returns_the_unchanged_current_prompt()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        var rejected = group.Reject(new Vote("nothing"));
        Assert.Equal("journey.first.painPoint", rejected.Current.StepId);
    }

    [Fact]
    public void Before_start_the_prompt_shows_the_scenario()
    {
        var prompt = GroupDriver.For(AScript().Load()).Session.PromptFor("user-alice");
        Assert.Equal(("start", "Test scenario", false), (prompt.StepId, prompt.Title, prompt.IsStarted));
    }
}
