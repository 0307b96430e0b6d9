using TeamsJourney.Bot.Cards;

namespace TeamsJourney.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void Quoted_text_for_a_markdown_line_shows_as_typed()
    {
        Assert.Equal(@"\*\*urgent\*\* \[link\](x) Q1\_ redesign", CardText.Quote("**urgent** [link](x) Q1_ redesign"));
    }

    [Fact]
    public void Plain_text_for_a_button_or_choice_keeps_its_characters_and_loses_line_breaks()
    {
        Assert.Equal("Bins_ Q1 *redesign* - report.docx", CardText.Plain("Bins_ Q1 *redesign* - report.docx"));
        Assert.Equal("a b c", CardText.Plain("a\r\nb\nc"));
    }

    [Fact]
    public void Plain_text_is_shortened_with_an_ellipsis()
    {
        var shortened = CardText.Plain(new string('x', 500), 80);
        Assert.True(shortened.Length <= 80);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
    }
}
