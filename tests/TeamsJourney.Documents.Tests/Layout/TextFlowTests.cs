using TeamsJourney.Documents.Layout;

namespace TeamsJourney.Documents.Tests.Layout;

public sealed class TextFlowTests
{
    private static readonly TextStyle Body = new(10, 0, 2, Bold: false);
    private static readonly TextStyle Heading = new(12, 0, 2, Bold: true, KeepWithNext: true);

    [Fact]
    public void Long_text_is_split_over_pages_without_losing_a_word()
    {
        var text = string.Join(' ', Enumerable.Range(1, 3_000).Select(i => $"word{i}"));

        var pages = TextFlow.Paginate([new TextBlock(text, Body)], 200, 120);

        Assert.True(pages.Count > 10);
        Assert.Equal(text, string.Join(' ', pages.SelectMany(p => p).Select(b => b.Text)));
    }

    [Fact]
    public void Every_page_fits_its_box()
    {
        var blocks = Enumerable.Range(1, 200).Select(i => new TextBlock(new string('a', i * 7), Body)).ToList();

        var pages = TextFlow.Paginate(blocks, 180, 150);

        Assert.All(pages, page => Assert.True(TextFlow.Measure(page, 180) <= 150 + Body.SpaceAfterPt));
    }

    [Fact]
    public void A_heading_that_fits_moves_to_the_next_box_when_its_text_does_not()
    {
        var queue = new BlockQueue([new("Intro", Body), new("Heading", Heading), new("Body under heading", Body)]);

        var (taken, _) = TextFlow.Take(queue, 300, 14 + 16.4 + 5);

        Assert.Equal(["Intro"], taken.Select(b => b.Text));
        Assert.Equal("Heading", queue.Peek().Text);
    }

    [Fact]
    public void A_short_paragraph_moves_whole_rather_than_leaving_a_line_behind()
    {
        var queue = new BlockQueue([new("Intro", Body), new("one two three four five six seven eight nine ten", Body)]);

        var (taken, _) = TextFlow.Take(queue, 60, 14 + 13);

        Assert.Single(taken);
        Assert.Equal("one two three four five six seven eight nine ten", queue.Peek().Text);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken()
    {
        Assert.True(TextMeasure.LineCount(new string('x', 500), 100, 10) > 5);
    }

    [Fact]
    public void Explicit_line_breaks_start_new_lines()
    {
        Assert.Equal(3, TextMeasure.LineCount("one\ntwo\r\nthree", 500, 10));
    }

    [Fact]
    public void Wide_characters_take_more_room_than_narrow_ones()
    {
        Assert.True(TextMeasure.LineCount(string.Concat(Enumerable.Repeat("🚛", 40)), 200, 10) > TextMeasure.LineCount(new string('i', 40), 200, 10));
    }
}
