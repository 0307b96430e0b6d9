using System.Xml;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>
/// A real TOC field over Heading 1-3. Its cached result already lists every heading as a link, so the contents
/// read correctly before anyone updates the field; Word refreshes it with page numbers on open (updateFields).
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static void Write(XmlWriter xml, IReadOnlyList<OutlineEntry> outline)
    {
        Paragraph(xml, "TOCHeading", "Contents");
        xml.WriteStartElement("w", "p", W);
        FieldCharacter(xml, "begin");
        xml.WriteStartElement("w", "r", W);
        xml.WriteStartElement("w", "instrText", W);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(Instruction);
        xml.WriteEndElement();
        xml.WriteEndElement();
        FieldCharacter(xml, "separate");
        xml.WriteEndElement();
        foreach (var entry in outline)
        {
            Paragraph(xml, $"TOC{entry.Level}", [new WordRun(entry.Text, LinkAnchor: entry.Bookmark)]);
        }

        xml.WriteStartElement("w", "p", W);
        FieldCharacter(xml, "end");
        xml.WriteEndElement();
    }

    private static void FieldCharacter(XmlWriter xml, string type)
    {
        xml.WriteStartElement("w", "r", W);
        xml.WriteStartElement("w", "fldChar", W);
        xml.WriteAttributeString("w", "fldCharType", W, type);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
