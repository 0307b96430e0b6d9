using System.Text;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class PublishedFileNameTests
{
    [Theory]
    [InlineData("journey.pptx", "journey.pptx")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("a\\b/c.docx", "a_b_c.docx")]
    [InlineData("plan: \"v2\" <x>|*?.docx", "plan_ _v2_ _x____.docx")]
    [InlineData("tab\there\u0001.pptx", "tab_here_.pptx")]
    [InlineData("  report.docx. ", "report.docx")]
    [InlineData(".hidden.pptx", "hidden.pptx")]
    [InlineData("~$lock.docx", "_lock.docx")]
    [InlineData("CON.pptx", "_CON.pptx")]
    [InlineData("lpt1", "_lpt1")]
    [InlineData("my_vti_file.docx", "my_vti-file.docx")]
    [InlineData("Évaluation du parcours 🗺.pptx", "Évaluation du parcours 🗺.pptx")]
    public void Sanitize_produces_a_name_every_store_accepts(string requested, string expected)
    {
        Assert.Equal(expected, PublishedFileName.Sanitize(requested));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(" . ")]
    public void Sanitize_falls_back_when_nothing_usable_is_left(string requested)
    {
        Assert.Equal("document", PublishedFileName.Sanitize(requested));
    }

    [Fact]
    public void Sanitize_shortens_a_long_name_but_keeps_its_extension()
    {
        var name = PublishedFileName.Sanitize(new string('a', 400) + ".pptx");

        Assert.EndsWith(".pptx", name, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 200);
    }

    [Fact]
    public void Sanitize_never_splits_a_surrogate_pair_when_shortening()
    {
        var name = PublishedFileName.Sanitize(string.Concat(Enumerable.Repeat("🗺", 120)) + ".pptx");

        // A lone surrogate does not survive a UTF-8 round trip (it becomes U+FFFD).
        Assert.Equal(name, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)));
        Assert.EndsWith("🗺.pptx", name, StringComparison.Ordinal);
    }
}
