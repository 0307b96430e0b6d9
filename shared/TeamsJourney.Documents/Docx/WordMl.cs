using System.Globalization;
using System.Xml;
using TeamsJourney.Documents.Text;

namespace TeamsJourney.Documents.Docx;

/// <summary>A run of text in a paragraph: plain, bold, or a link to a bookmark.</summary>
internal sealed record WordRun(string Text, bool Bold = false, string? LinkAnchor = null, string? ColorHex = null);

/// <summary>WordprocessingML namespace and the paragraph and run markup every part of the report uses.</summary>
internal static class WordMl
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static void Paragraph(XmlWriter xml, string? style, string text, string? bookmark = null, int bookmarkId = 0) =>
        Paragraph(xml, style, [new WordRun(text)], bookmark, bookmarkId);

    /// <summary>A paragraph; right-to-left when its text starts in a right-to-left script.</summary>
    public static void Paragraph(XmlWriter xml, string? style, IReadOnlyList<WordRun> runs, string? bookmark = null, int bookmarkId = 0, bool keepNext = false)
    {
        var rtl = runs.Count > 0 && TextDirection.IsRightToLeft(runs[0].Text);
        xml.WriteStartElement("w", "p", W);
        if (style is not null || rtl || keepNext)
        {
            xml.WriteStartElement("w", "pPr", W);
            if (style is not null)
            {
                Value(xml, "pStyle", style);
            }

            if (keepNext)
            {
                xml.WriteElementString("w", "keepNext", W, null);
            }

            if (rtl)
            {
                xml.WriteElementString("w", "bidi", W, null);
            }

            xml.WriteEndElement();
        }

        if (bookmark is not null)
        {
            xml.WriteStartElement("w", "bookmarkStart", W);
            xml.WriteAttributeString("w", "id", W, Number(bookmarkId));
            xml.WriteAttributeString("w", "name", W, bookmark);
            xml.WriteEndElement();
        }

        foreach (var run in runs)
        {
            if (run.LinkAnchor is { } anchor)
            {
                xml.WriteStartElement("w", "hyperlink", W);
                xml.WriteAttributeString("w", "anchor", W, anchor);
                xml.WriteAttributeString("w", "history", W, "1");
                Run(xml, run with { LinkAnchor = null }, "Hyperlink");
                xml.WriteEndElement();
            }
            else
            {
                Run(xml, run, null);
            }
        }

        if (bookmark is not null)
        {
            xml.WriteStartElement("w", "bookmarkEnd", W);
            xml.WriteAttributeString("w", "id", W, Number(bookmarkId));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static void PageBreak(XmlWriter xml)
    {
        xml.WriteStartElement("w", "p", W);
        xml.WriteStartElement("w", "r", W);
        xml.WriteStartElement("w", "br", W);
        xml.WriteAttributeString("w", "type", W, "page");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    public static void Value(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    /// <summary>Line breaks and tabs become w:br and w:tab: inside w:t they would be collapsed to spaces.</summary>
    private static void Run(XmlWriter xml, WordRun run, string? characterStyle)
    {
        xml.WriteStartElement("w", "r", W);
        var rtl = TextDirection.IsRightToLeft(run.Text);
        if (characterStyle is not null || run.Bold || rtl || run.ColorHex is not null)
        {
            xml.WriteStartElement("w", "rPr", W);
            if (characterStyle is not null)
            {
                Value(xml, "rStyle", characterStyle);
            }

            if (run.Bold)
            {
                xml.WriteElementString("w", "b", W, null);
            }

            if (run.ColorHex is not null)
            {
                Value(xml, "color", run.ColorHex);
            }

            if (rtl)
            {
                xml.WriteElementString("w", "rtl", W, null);
            }

            xml.WriteEndElement();
        }

        var start = 0;
        var text = run.Text;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            if (!atEnd && text[i] is not ('\n' or '\r' or '\t'))
            {
                continue;
            }

            if (i > start)
            {
                xml.WriteStartElement("w", "t", W);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(text[start..i]);
                xml.WriteEndElement();
            }

            if (!atEnd)
            {
                if (text[i] == '\t')
                {
                    xml.WriteElementString("w", "tab", W, null);
                }
                else if (!(text[i] == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    xml.WriteElementString("w", "br", W, null);
                }
            }

            start = i + 1;
        }

        xml.WriteEndElement();
    }
}
