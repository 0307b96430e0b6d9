using TeamsJourney.Bot.Conversations;

namespace TeamsJourney.Bot.Tests.Conversations;

public sealed class CommandSpellingTests
{
    [Theory]
    [InlineData("nxet", "next")]
    [InlineData("stauts", "status")]
    [InlineData("go bakc", "go back")]
    [InlineData("Finsh Stage", "finish stage")]
    [InlineData("undoo", "undo")]
    public void A_typo_of_a_command_is_recognised(string typed, string meant)
    {
        var command = Assert.IsType<TextCommand.DidYouMean>(TextCommandParser.Parse(typed));
        Assert.Equal(meant, command.Keyword);
    }

    [Theory]
    [InlineData("Margaret, 78, lives alone on a narrow lane")]
    [InlineData("next door's bins were collected")]
    [InlineData("Phones the council")]
    [InlineData("website")]
    public void Real_answers_stay_answers(string typed) =>
        Assert.IsType<TextCommand.Answer>(TextCommandParser.Parse(typed));

    [Theory]
    [InlineData("go back")]
    [InlineData("previous")]
    public void Spoken_forms_of_back_are_commands(string typed) =>
        Assert.Equal(new TextCommand.Navigate(NavigationVerb.Back), TextCommandParser.Parse(typed));

    [Fact]
    public void Undo_is_a_command() => Assert.IsType<TextCommand.Undo>(TextCommandParser.Parse("undo"));

    [Theory]
    [InlineData("nxet", "next", 1)]
    [InlineData("enxt", "next", 1)]
    [InlineData("next", "next", 0)]
    [InlineData("stauts", "status", 1)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, CommandSpelling.Distance(a, b));
}
