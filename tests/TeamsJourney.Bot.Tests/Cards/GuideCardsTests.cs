using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Testing.Cards;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>The welcome, help, scenario list and notice cards: valid, small, and each scenario startable.</summary>
public sealed class GuideCardsTests
{
    public static TheoryData<string> GuideCardNames() => ["welcome", "help", "scenarios", "notice", "good notice", "did you mean", "did you mean outside a group"];

    [Theory]
    [MemberData(nameof(GuideCardNames))]
    public void Guide_card_is_valid_against_the_adaptive_card_schema(string name)
    {
        var card = RenderedCard.Of(GuideCard(name));

        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
    }

    [Theory]
    [MemberData(nameof(GuideCardNames))]
    public void Guide_card_fits_the_size_budget(string name)
    {
        var card = RenderedCard.Of(GuideCard(name));

        Assert.True(card.FitsSizeBudget, $"{name}: {card.SizeInBytes:N0} bytes");
    }

    [Fact]
    public void Help_lists_every_command_with_its_argument()
    {
        var text = RenderedCard.Of(GuideCards.Help(BuiltInScenarios.All)).Json;

        Assert.All(
            ["start [{scenario}] [as {group name}]", "undo", "generate documents", "load scenario {script JSON}", "finish stage", "status", "move all to {phase}"],
            command => Assert.Contains(command, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Scenario_list_offers_a_start_button_for_each_built_in_scenario()
    {
        var card = RenderedCard.Of(GuideCards.Scenarios(BuiltInScenarios.All));

        var started = card.ButtonsWithVerb(CardVerbs.Start).Select(b => (string?)b["data"]?[CardFields.ScenarioId]);
        Assert.Equal(BuiltInScenarios.All.Select(s => s.Id), started);
    }

    [Fact]
    public void Help_lists_the_typed_commands()
    {
        var card = RenderedCard.Of(GuideCards.Help(BuiltInScenarios.All));

        Assert.Contains(card.Texts, t => t.Contains("next", StringComparison.Ordinal) && t.Contains("skip", StringComparison.Ordinal));
        Assert.Contains("status", card.Texts);
    }

    [Fact]
    public void Notice_shows_hostile_text_as_typed_without_markdown_links()
    {
        var card = RenderedCard.Of(GuideCards.Notice("**Refused** [click](https://evil.example)", HostileText.Sample));

        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
        Assert.DoesNotContain(card.Texts, HostileText.HasMarkdownLink);
    }

    [Fact]
    public void Notice_uses_the_warning_style_for_problems_and_good_style_otherwise()
    {
        var warning = RenderedCard.Of(GuideCards.Notice("Cannot start", "Unknown scenario."));
        var good = RenderedCard.Of(GuideCards.Notice("Started", "Team Blue is ready.", warning: false));

        Assert.Equal("warning", (string?)warning.Root["body"]![0]!["style"]);
        Assert.Equal("good", (string?)good.Root["body"]![0]!["style"]);
    }

    private static AdaptiveCard GuideCard(string name) => name switch
    {
        "welcome" => GuideCards.Welcome(BuiltInScenarios.All),
        "help" => GuideCards.Help(BuiltInScenarios.All),
        "scenarios" => GuideCards.Scenarios(BuiltInScenarios.All),
        "notice" => GuideCards.Notice("That did not work", "The facilitator has paused this group; please wait until they resume it."),
        "good notice" => GuideCards.Notice("Started", "Team Blue is working on the missed bin collection.", warning: false),
        "did you mean" => GuideCards.DidYouMean(
            new TeamsJourney.Bot.Conversations.TextCommand.DidYouMean("nxet", "next", new TeamsJourney.Bot.Conversations.TextCommand.Navigate(TeamsJourney.Bot.Conversations.NavigationVerb.Next)),
            "ws-0042",
            "grp-blue",
            ScenarioWalk.PromptAt(StepKind.StageItems)),
        "did you mean outside a group" => GuideCards.DidYouMean(
            new TeamsJourney.Bot.Conversations.TextCommand.DidYouMean("hlep", "help", new TeamsJourney.Bot.Conversations.TextCommand.Help()), null, null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such guide card."),
    };
}
