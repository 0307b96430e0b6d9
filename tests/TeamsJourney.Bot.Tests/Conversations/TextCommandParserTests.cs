using TeamsJourney.Bot.Conversations;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>Typed messages, once the bot's mention is stripped, read as commands or as answers.</summary>
public sealed class TextCommandParserTests
{
    // The verb is named, not typed: xunit theories are public and NavigationVerb is internal.
    public static TheoryData<string, string> NavigationKeywords() => new()
    {
        { "next", nameof(NavigationVerb.Next) },
        { "done", nameof(NavigationVerb.Next) },
        { "back", nameof(NavigationVerb.Back) },
        { "skip", nameof(NavigationVerb.Skip) },
        { "finish stage", nameof(NavigationVerb.FinishStage) },
    };

    // Pausing is workshop-wide now; "advance all" answers with what replaced it.
    public static TheoryData<string, string, string?> FacilitatorCommands() => new()
    {
        { "pause", nameof(FacilitatorAction.PauseAll), null },
        { "Pause all", nameof(FacilitatorAction.PauseAll), null },
        { "resume", nameof(FacilitatorAction.ResumeAll), null },
        { "resume all", nameof(FacilitatorAction.ResumeAll), null },
        { "lock map", nameof(FacilitatorAction.LockMap), null },
        { "unlock map", nameof(FacilitatorAction.UnlockMap), null },
        { "progress", nameof(FacilitatorAction.Progress), null },
        { "advance all", nameof(FacilitatorAction.AdvanceAllRetired), null },
        { "new workshop", nameof(FacilitatorAction.NewWorkshop), null },
        { "New workshop   Bins, round 2", nameof(FacilitatorAction.NewWorkshop), "Bins, round 2" },
        { "move all to ideas", nameof(FacilitatorAction.MoveAll), "ideas" },
        { "move all groups to the voting phase", nameof(FacilitatorAction.MoveAll), "voting" },
        { "move everyone to Blueprint", nameof(FacilitatorAction.MoveAll), "Blueprint" },
        { "move all to", nameof(FacilitatorAction.MoveAll), null },
        { "extend", nameof(FacilitatorAction.Extend), "5" },
        { "extend 3", nameof(FacilitatorAction.Extend), "3" },
        { "extend time by 10 minutes", nameof(FacilitatorAction.Extend), "10" },
        { "broadcast Five minutes, then we vote", nameof(FacilitatorAction.Broadcast), "Five minutes, then we vote" },
        { "broadcast", nameof(FacilitatorAction.Broadcast), null },
        { "add facilitator <at>Sam Lee</at>", nameof(FacilitatorAction.AddFacilitator), null },
    };

    [Theory]
    [MemberData(nameof(FacilitatorCommands))]
    public void Facilitator_command_reads_its_argument(string text, string action, string? argument)
    {
        Assert.Equal(new TextCommand.Facilitate(Enum.Parse<FacilitatorAction>(action), argument), TextCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("extended opening hours would help")]
    [InlineData("move all the bins to the kerb")]
    [InlineData("new workshops are run every spring")]
    [InlineData("progressing the complaint takes weeks")]
    public void Answer_that_looks_like_a_facilitator_command_stays_an_answer(string text)
    {
        Assert.IsType<TextCommand.Answer>(TextCommandParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(NavigationKeywords))]
    public void Navigation_keyword_moves_the_group(string text, string verb)
    {
        Assert.Equal(new TextCommand.Navigate(Enum.Parse<NavigationVerb>(verb)), TextCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("")]
    [InlineData("  \r\n ")]
    public void Help_or_an_empty_mention_asks_for_help(string text)
    {
        Assert.IsType<TextCommand.Help>(TextCommandParser.Parse(text));
    }

    [Fact]
    public void Status_shows_the_current_step_again()
    {
        Assert.IsType<TextCommand.Status>(TextCommandParser.Parse("status"));
    }

    [Fact]
    public void Scenarios_lists_the_scenarios()
    {
        Assert.IsType<TextCommand.ListScenarios>(TextCommandParser.Parse("scenarios"));
    }

    [Theory]
    [InlineData("NEXT")]
    [InlineData("  Next  ")]
    [InlineData("\tnext\r\n")]
    public void Keywords_ignore_case_and_surrounding_whitespace(string text)
    {
        Assert.Equal(new TextCommand.Navigate(NavigationVerb.Next), TextCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("Finish   Stage")]
    [InlineData("finish\u00A0stage")]
    [InlineData("finish\nstage")]
    public void Two_word_keyword_allows_any_whitespace_between_its_words(string text)
    {
        Assert.Equal(new TextCommand.Navigate(NavigationVerb.FinishStage), TextCommandParser.Parse(text));
    }

    [Fact]
    public void Start_with_a_group_name_names_the_scenario_and_the_group()
    {
        Assert.Equal(new TextCommand.Start("missed-bin-collection", "Team Blue"), TextCommandParser.Parse("start missed-bin-collection as Team Blue"));
    }

    [Fact]
    public void Start_without_a_group_name_leaves_the_name_to_the_bot()
    {
        Assert.Equal(new TextCommand.Start("missed-bin-collection", null), TextCommandParser.Parse("  Start   missed-bin-collection "));
    }

    [Fact]
    public void Bare_start_begins_the_workshops_own_scenario()
    {
        Assert.Equal(new TextCommand.Start(string.Empty, null), TextCommandParser.Parse("start"));
        Assert.Equal(new TextCommand.Start(string.Empty, "Table 3"), TextCommandParser.Parse("start as Table 3"));
    }

    [Theory]
    [InlineData("next door's bins were collected")]
    [InlineData("Back office checks the crew's round sheet")]
    [InlineData("skip the queue by reporting online")]
    [InlineData("help from a neighbour to fill in the form")]
    [InlineData("pause before calling again")]
    [InlineData("done nothing about it for a week")]
    public void Answer_that_begins_with_a_keyword_stays_an_answer(string text)
    {
        Assert.Equal(new TextCommand.Answer(text), TextCommandParser.Parse(text));
    }

    [Fact]
    public void Answer_keeps_the_text_as_typed_apart_from_surrounding_whitespace()
    {
        Assert.Equal(new TextCommand.Answer("Calls  the **contact centre**"), TextCommandParser.Parse("  Calls  the **contact centre** \r\n"));
    }

    [Fact]
    public void Word_starting_with_start_is_an_answer_not_a_start_command()
    {
        Assert.Equal(new TextCommand.Answer("started to ring the council"), TextCommandParser.Parse("started to ring the council"));
    }
}
