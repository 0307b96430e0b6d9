using System.Globalization;
using System.Text;

namespace TeamsJourney.Documents.Layout;

/// <summary>
/// Estimates how text wraps without a font engine. Widths are per character class and deliberately generous
/// (measured against DejaVu Sans, the widest fallback a renderer is likely to use), so estimated text never
/// needs more room than the box really gives it.
/// </summary>
internal static class TextMeasure
{
    /// <summary>Where each wrapped line ends (exclusive index into <paramref name="text"/>).</summary>
    public static List<int> LineEnds(string text, double widthPt, double fontPt)
    {
        var ends = new List<int>();
        var capacity = Math.Max(1.0, widthPt / fontPt);
        var lineWidth = 0.0;
        var lastBreak = -1;
        var widthAtBreak = 0.0;
        for (var start = 0; start < text.Length;)
        {
            // Plain characters followed by plain characters are their own grapheme; only the rest needs the full rules.
            var length = text[start] < '\u0300' && text[start] != '\r' && (start + 1 == text.Length || text[start + 1] < '\u0300')
                ? 1
                : StringInfo.GetNextTextElementLength(text.AsSpan(start));
            var element = text.AsSpan(start, length);
            if (element[0] is '\n' or '\r')
            {
                ends.Add(start + length);
                lineWidth = 0;
                lastBreak = -1;
                start += length;
                continue;
            }

            var width = EmWidth(element);
            if (lineWidth + width > capacity && lineWidth > 0)
            {
                if (lastBreak > 0)
                {
                    // Wrap after the last space; what follows it moves to the next line.
                    ends.Add(lastBreak);
                    lineWidth -= widthAtBreak;
                }
                else
                {
                    // One word longer than the line: renderers break it, so do we.
                    ends.Add(start);
                    lineWidth = 0;
                }

                lastBreak = -1;
            }

            lineWidth += width;
            if (element[0] is ' ' or '\t')
            {
                lastBreak = start + length;
                widthAtBreak = lineWidth;
            }

            start += length;
        }

        if (ends.Count == 0 || ends[^1] < text.Length || text.Length == 0)
        {
            ends.Add(text.Length);
        }

        return ends;
    }

    public static int LineCount(string text, double widthPt, double fontPt) => LineEnds(text, widthPt, fontPt).Count;

    private static double EmWidth(ReadOnlySpan<char> element)
    {
        Rune.DecodeFromUtf16(element, out var rune, out _);
        if (element.Length > 2 || rune.Value >= 0x1F000 || (rune.Value >= 0x2E80 && rune.Value <= 0xFFDC))
        {
            return 1.25; // emoji sequences, CJK and full-width forms
        }

        return rune.Value switch
        {
            ' ' or '\t' => 0.35,
            >= 'A' and <= 'Z' or 'm' or 'w' or '@' or '%' or 'W' => 0.9,
            'i' or 'l' or 'j' or '.' or ',' or '\'' or '!' or '|' => 0.35,
            _ => 0.66,
        };
    }
}
