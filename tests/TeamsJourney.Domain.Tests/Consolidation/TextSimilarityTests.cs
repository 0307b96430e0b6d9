using TeamsJourney.Domain.Consolidation;

namespace TeamsJourney.Domain.Tests.Consolidation;

public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("Online form times out", "The online form timed out", true)]
    [InlineData("Bins were missed", "Bin missed again", true)]
    [InlineData("No update after reporting", "Nobody phones back", false)]
    [InlineData("", "Anything", false)]
    [InlineData("the and of", "the and of", false)]
    public void Notes_that_share_most_of_their_words_are_similar(string first, string second, bool similar)
    {
        Assert.Equal(similar, TextSimilarity.AreSimilar(first, second));
        Assert.Equal(TextSimilarity.Score(first, second), TextSimilarity.Score(second, first));
    }
}
