using System.Xml;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>A table column: its header text, width, and whether a blueprint line is drawn on its left edge.</summary>
internal sealed record WordColumn(string Header, int WidthTwips, bool LineBefore = false);

/// <summary>A paragraph inside a cell, optionally carrying a bookmark that links elsewhere in the report point to.</summary>
internal sealed record CellParagraph(IReadOnlyList<WordRun> Runs, string? Bookmark = null);

/// <summary>
/// Writes accessible tables: a caption and description for screen readers, a header row that is marked as such and
/// repeats on every page, and a first column styled as row labels.
/// </summary>
internal sealed class ReportTables(XmlWriter xml, BookmarkIds bookmarks)
{
    public void Write(string caption, string description, IReadOnlyList<WordColumn> columns, IEnumerable<IReadOnlyList<IReadOnlyList<CellParagraph>>> rows)
    {
        xml.WriteStartElement("w", "tbl", W);
        TableProperties(caption, description);
        xml.WriteStartElement("w", "tblGrid", W);
        foreach (var column in columns)
        {
            xml.WriteStartElement("w", "gridCol", W);
            xml.WriteAttributeString("w", "w", W, Number(column.WidthTwips));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("w", "tr", W);
        xml.WriteStartElement("w", "trPr", W);
        xml.WriteElementString("w", "cantSplit", W, null);
        xml.WriteElementString("w", "tblHeader", W, null);
        xml.WriteEndElement();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            CellStart(columns, c, ReportStyles.HeaderFill);
            Paragraph(xml, "TableText", [new WordRun(column.Header, Bold: true, ColorHex: "FFFFFF")]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        foreach (var row in rows)
        {
            xml.WriteStartElement("w", "tr", W);
            for (var c = 0; c < columns.Count; c++)
            {
                CellStart(columns, c, c == 0 ? ReportStyles.LabelFill : null);
                var paragraphs = c < row.Count ? row[c] : [];
                if (paragraphs.Count == 0)
                {
                    Paragraph(xml, "TableText", string.Empty);
                }

                foreach (var paragraph in paragraphs)
                {
                    var id = paragraph.Bookmark is null ? 0 : bookmarks.Next();
                    Paragraph(xml, "TableText", paragraph.Runs, paragraph.Bookmark, id);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void TableProperties(string caption, string description)
    {
        xml.WriteStartElement("w", "tblPr", W);
        xml.WriteStartElement("w", "tblW", W);
        xml.WriteAttributeString("w", "w", W, "5000");
        xml.WriteAttributeString("w", "type", W, "pct");
        xml.WriteEndElement();
        xml.WriteStartElement("w", "tblBorders", W);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            Border(side, "single", 4, ReportStyles.Border);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("w", "tblLayout", W);
        xml.WriteAttributeString("w", "type", W, "fixed");
        xml.WriteEndElement();
        xml.WriteStartElement("w", "tblLook", W);
        xml.WriteAttributeString("w", "val", W, "04A0");
        xml.WriteAttributeString("w", "firstRow", W, "1");
        xml.WriteAttributeString("w", "lastRow", W, "0");
        xml.WriteAttributeString("w", "firstColumn", W, "1");
        xml.WriteAttributeString("w", "lastColumn", W, "0");
        xml.WriteAttributeString("w", "noHBand", W, "0");
        xml.WriteAttributeString("w", "noVBand", W, "1");
        xml.WriteEndElement();
        Value(xml, "tblCaption", caption);
        Value(xml, "tblDescription", description);
        xml.WriteEndElement();
    }

    // A blueprint line is drawn on both cells that share the edge: renderers resolve border conflicts differently.
    private void CellStart(IReadOnlyList<WordColumn> columns, int index, string? fill)
    {
        var column = columns[index];
        var lineAfter = index + 1 < columns.Count && columns[index + 1].LineBefore;
        xml.WriteStartElement("w", "tc", W);
        xml.WriteStartElement("w", "tcPr", W);
        xml.WriteStartElement("w", "tcW", W);
        xml.WriteAttributeString("w", "w", W, Number(column.WidthTwips));
        xml.WriteAttributeString("w", "type", W, "dxa");
        xml.WriteEndElement();
        if (column.LineBefore || lineAfter)
        {
            xml.WriteStartElement("w", "tcBorders", W);
            if (column.LineBefore)
            {
                Border("left", "dashed", 18, ReportStyles.LineRed);
            }

            if (lineAfter)
            {
                Border("right", "dashed", 18, ReportStyles.LineRed);
            }

            xml.WriteEndElement();
        }

        if (fill is not null)
        {
            xml.WriteStartElement("w", "shd", W);
            xml.WriteAttributeString("w", "val", W, "clear");
            xml.WriteAttributeString("w", "color", W, "auto");
            xml.WriteAttributeString("w", "fill", W, fill);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void Border(string side, string kind, int eighthPoints, string color)
    {
        xml.WriteStartElement("w", side, W);
        xml.WriteAttributeString("w", "val", W, kind);
        xml.WriteAttributeString("w", "sz", W, Number(eighthPoints));
        xml.WriteAttributeString("w", "space", W, "0");
        xml.WriteAttributeString("w", "color", W, color);
        xml.WriteEndElement();
    }
}

/// <summary>Bookmark ids must be unique across the whole document.</summary>
internal sealed class BookmarkIds
{
    private int _next;

    public int Next() => ++_next;
}
