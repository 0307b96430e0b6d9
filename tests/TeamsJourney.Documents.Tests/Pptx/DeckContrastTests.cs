using System.Globalization;
using TeamsJourney.Documents.Pptx;

namespace TeamsJourney.Documents.Tests.Pptx;

/// <summary>Every text colour the deck sets on a fill passes WCAG 2.2 AA for normal-size text (4.5:1).</summary>
public sealed class DeckContrastTests
{
    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (text, background, where) in LanePalette.TextPairs())
        {
            data.Add(text, background, where);
        }

        (string, string, string)[] theme =
        [
            (DeckTheme.White, DeckTheme.Navy, "stage header, heading panel"),
            ("C9D6E8", DeckTheme.Navy, "persona panel label"),
            (DeckTheme.White, DeckTheme.Green, "positive emotion, motivations heading"),
            (DeckTheme.White, DeckTheme.Red, "negative emotion, challenges heading"),
            (DeckTheme.White, "5D6D7E", "neutral emotion"),
            (DeckTheme.White, DeckTheme.Blue, "goals heading"),
            (DeckTheme.Green, DeckTheme.PaleGreen, "quick wins"),
            (DeckTheme.Navy, DeckTheme.Mist, "major projects, quote"),
            (DeckTheme.Amber, DeckTheme.PaleAmber, "fill-ins"),
            (DeckTheme.Red, DeckTheme.PaleRed, "thankless tasks"),
            (DeckTheme.Ink, LanePalette.AssumptionFill, "plan not agreed"),
            (LanePalette.BlueprintLine, DeckTheme.White, "blueprint line label"),
        ];
        foreach (var (text, background, where) in theme)
        {
            data.Add(text, background, where);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Text_colour_passes_WCAG_AA_on_its_fill(string text, string background, string where)
    {
        var ratio = Contrast(text, background);

        Assert.True(ratio >= 4.5, $"{where}: #{text} on #{background} is {ratio:0.00}:1, below 4.5:1.");
    }

    [Fact]
    public void Contrast_formula_matches_the_WCAG_reference_values()
    {
        Assert.Equal(21.0, Contrast("000000", "FFFFFF"), 1);
        Assert.Equal(4.54, Contrast("767676", "FFFFFF"), 2);
        Assert.Equal(1.0, Contrast("777777", "777777"), 2);
    }

    private static double Contrast(string a, string b)
    {
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
