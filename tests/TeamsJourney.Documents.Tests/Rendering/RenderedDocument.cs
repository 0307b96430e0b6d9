namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>A document as LibreOffice rendered it: the PDF, its pages' words and the PNG of each page.</summary>
internal sealed record RenderedDocument(string PdfPath, IReadOnlyList<PdfPage> Pages, IReadOnlyList<string> PngPaths)
{
    /// <summary>Words whose box reaches outside their page (1 pt tolerance for rounding).</summary>
    public IEnumerable<(PdfPage Page, PdfWord Word)> WordsOutsidePages() =>
        Pages.SelectMany(p => p.Words
            .Where(w => w.XMin < -1 || w.YMin < -1 || w.XMax > p.Width + 1 || w.YMax > p.Height + 1)
            .Select(w => (p, w)));

    public string AllText => string.Join('\n', Pages.Select(p => p.Text));
}
