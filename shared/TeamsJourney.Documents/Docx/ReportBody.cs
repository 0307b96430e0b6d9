using System.Text;
using System.Xml;
using TeamsJourney.Documents.Preparation;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>A heading as the table of contents lists it.</summary>
internal sealed record OutlineEntry(int Level, string Text, string Bookmark);

/// <summary>
/// Writes every chapter after the contents page and records the headings on the way, so the table of contents
/// can be filled in before the body is copied behind it.
/// </summary>
internal sealed partial class ReportBody
{
    private const string WrapperEnd = "</w:body>";
    private readonly PreparedReport _report;
    private readonly BookmarkIds _bookmarks;
    private readonly List<OutlineEntry> _outline = [];
    private XmlWriter _xml = null!;
    private ReportTables _tables = null!;

    public ReportBody(PreparedReport report, BookmarkIds bookmarks)
    {
        _report = report;
        _bookmarks = bookmarks;
    }

    public IReadOnlyList<OutlineEntry> Outline => _outline;

    /// <summary>Returns the body markup (without the w:body element) and fills <see cref="Outline"/>.</summary>
    public string Write()
    {
        var buffer = new StringBuilder(64 * 1024);
        using (_xml = XmlWriter.Create(buffer, new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = true }))
        {
            _tables = new ReportTables(_xml, _bookmarks);
            _xml.WriteStartElement("w", "body", W);
            _xml.WriteAttributeString("xmlns", "r", null, R);
            WriteSummary();
            // The workshop-level story comes straight after the summary, in landscape for its wide tables.
            if (HasPlenary)
            {
                ReportSections.BreakAfter(_xml, landscape: false, titlePage: true);
                WritePlenary();
                ReportSections.BreakAfter(_xml, landscape: true, titlePage: false);
                WritePersonas();
                ReportSections.BreakAfter(_xml, landscape: false, titlePage: false);
            }
            else
            {
                WritePersonas();
                ReportSections.BreakAfter(_xml, landscape: false, titlePage: true);
            }

            WriteJourneys();
            ReportSections.BreakAfter(_xml, landscape: true, titlePage: false);
            WriteAppendix();
            _xml.WriteEndElement();
        }

        // The wrapper only exists to declare the namespaces once; the document part supplies the real w:body.
        var text = buffer.ToString();
        var start = text.IndexOf('>', StringComparison.Ordinal) + 1;
        return text[start..text.LastIndexOf(WrapperEnd, StringComparison.Ordinal)];
    }

    private void Heading(int level, string text)
    {
        var bookmark = $"_Toc{_outline.Count + 1:D6}";
        _outline.Add(new OutlineEntry(level, text, bookmark));
        Paragraph(_xml, $"Heading{level}", text, bookmark, _bookmarks.Next());
    }

    private void Bullets(IEnumerable<string> texts, string none)
    {
        var any = false;
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            Paragraph(_xml, "ListBullet", text);
            any = true;
        }

        if (!any)
        {
            Paragraph(_xml, null, none);
        }
    }

    private void Prose(string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Paragraph(_xml, null, line);
        }
    }
}
