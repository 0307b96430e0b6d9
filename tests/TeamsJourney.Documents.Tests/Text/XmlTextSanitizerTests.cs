using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Documents.Text;

namespace TeamsJourney.Documents.Tests.Text;

public sealed class XmlTextSanitizerTests
{
    [Theory]
    [InlineData(HostileText.RightToLeft)]
    [InlineData(HostileText.Arabic)]
    [InlineData(HostileText.Emoji)]
    [InlineData(HostileText.Markup)]
    [InlineData("tab\there\r\nnew line")]
    public void Valid_text_comes_back_unchanged(string text)
    {
        Assert.Same(text, XmlTextSanitizer.Sanitize(text));
    }

    [Fact]
    public void Control_characters_are_removed()
    {
        Assert.Equal("bell null escape form vertical end", XmlTextSanitizer.Sanitize(HostileText.ControlCharacters));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character()
    {
        Assert.Equal("high \uFFFD alone, low \uFFFD alone", XmlTextSanitizer.Sanitize(HostileText.LoneSurrogates));
    }

    [Fact]
    public void Non_characters_are_removed()
    {
        Assert.Equal("nonchar  and ", XmlTextSanitizer.Sanitize(HostileText.NonCharacters));
    }

    [Fact]
    public void Surrogate_pairs_next_to_broken_ones_survive()
    {
        Assert.Equal("\uFFFD🚛\uFFFD", XmlTextSanitizer.Sanitize("\uDE00🚛\uD83D"));
    }

    [Fact]
    public void Null_becomes_empty()
    {
        Assert.Equal(string.Empty, XmlTextSanitizer.Sanitize(null));
    }

    [Fact]
    public void Every_sanitised_string_is_valid_xml_text()
    {
        var random = new Random(42);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = Enumerable.Range(0, 40).Select(_ => (char)random.Next(0, 0x10000)).ToArray();

            Assert.True(XmlTextSanitizer.IsValid(XmlTextSanitizer.Sanitize(new string(chars))));
        }
    }
}
