using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>A word pdftotext found, with its box in points.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>One PDF page: its size and its words.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>Reads the output of <c>pdftotext -bbox</c>.</summary>
internal static partial class PdfWords
{
    public static IReadOnlyList<PdfPage> Parse(string bboxHtml)
    {
        var pages = new List<PdfPage>();
        foreach (Match page in PageRegex().Matches(bboxHtml))
        {
            var words = WordRegex().Matches(page.Groups["body"].Value)
                .Select(w => new PdfWord(
                    WebUtility.HtmlDecode(w.Groups["text"].Value),
                    Number(w, "x1"), Number(w, "y1"), Number(w, "x2"), Number(w, "y2")))
                .ToList();
            pages.Add(new PdfPage(pages.Count + 1, Number(page, "w"), Number(page, "h"), words));
        }

        return pages;
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="(?<w>[\d.]+)" height="(?<h>[\d.]+)">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageRegex();

    [GeneratedRegex("""<word xMin="(?<x1>[-\d.]+)" yMin="(?<y1>[-\d.]+)" xMax="(?<x2>[-\d.]+)" yMax="(?<y2>[-\d.]+)">(?<text>.*?)</word>""", RegexOptions.Singleline)]
    private static partial Regex WordRegex();
}
