using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Tests.Common;

public sealed class TextAnswerTests
{
    [Fact]
    public void Require_trims_surrounding_whitespace()
    {
        Assert.Equal("Bin missed", TextAnswer.Require("  Bin missed \n", "answer"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Require_refuses_empty_text_naming_the_field(string? value)
    {
        var ex = Assert.Throws<DomainValidationException>(() => TextAnswer.Require(value, "pain point text"));
        Assert.Equal("pain point text", ex.Field);
        Assert.Contains("pain point text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Require_accepts_exactly_the_maximum_length()
    {
        var text = new string('a', TextAnswer.MaxLength);
        Assert.Equal(TextAnswer.MaxLength, TextAnswer.Require(text, "answer").Length);
    }

    [Fact]
    public void Require_refuses_text_over_ten_thousand_characters_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => TextAnswer.Require(new string('a', TextAnswer.MaxLength + 1), "goals"));
        Assert.Equal("goals", ex.Field);
        Assert.Contains("10,000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_turns_blank_into_null()
    {
        Assert.Null(TextAnswer.Optional("  ", "source"));
    }
}
