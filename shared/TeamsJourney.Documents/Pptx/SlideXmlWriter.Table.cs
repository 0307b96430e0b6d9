using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Units;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>A table cell: its paragraphs and colours.</summary>
internal sealed record TableCellSpec(IReadOnlyList<TextBlock> Blocks, string? FillHex = null, string? TextHex = null, bool Italic = false);

/// <summary>
/// A table row. A divider row has one cell spanning every column and a dashed rule under it (the blueprint lines).
/// </summary>
internal sealed record TableRowSpec(Emu Height, IReadOnlyList<TableCellSpec> Cells, string? DividerHex = null);

internal sealed partial class SlideXmlWriter
{
    private const string BorderHex = "A6B4C2";

    // Empty cells still hold a paragraph; a small one never makes a row taller than the layout planned.
    private static readonly TextStyle EmptyCellStyle = new(7, 0, 0, Bold: false);

    /// <summary>A native table; the first row is marked as the header row for screen readers.</summary>
    public void Table(string name, string description, Emu x, Emu y, IReadOnlyList<Emu> columnWidths, IReadOnlyList<TableRowSpec> rows)
    {
        var id = _nextShapeId++;
        var width = new Emu(columnWidths.Sum(c => c.Value));
        var height = new Emu(rows.Sum(r => r.Height.Value));
        GraphicFrameStart(id, name, description, new SlideRect(x, y, width, height), "http://schemas.openxmlformats.org/drawingml/2006/table");
        _xml.WriteStartElement("a", "tbl", A);
        _xml.WriteStartElement("a", "tblPr", A);
        _xml.WriteAttributeString("firstRow", "1");
        _xml.WriteEndElement();
        _xml.WriteStartElement("a", "tblGrid", A);
        foreach (var column in columnWidths)
        {
            _xml.WriteStartElement("a", "gridCol", A);
            _xml.WriteAttributeString("w", Number(column.Value));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        foreach (var row in rows)
        {
            _xml.WriteStartElement("a", "tr", A);
            _xml.WriteAttributeString("h", Number(row.Height.Value));
            if (row.DividerHex is { } divider)
            {
                Cell(row.Cells[0], columnWidths.Count, merged: false, divider);
                for (var c = 1; c < columnWidths.Count; c++)
                {
                    Cell(new TableCellSpec([]), 1, merged: true, divider);
                }
            }
            else
            {
                foreach (var cell in row.Cells)
                {
                    Cell(cell, 1, merged: false, null);
                }
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        GraphicFrameEnd();
    }

    private void Cell(TableCellSpec cell, int span, bool merged, string? dividerHex)
    {
        _xml.WriteStartElement("a", "tc", A);
        if (span > 1)
        {
            _xml.WriteAttributeString("gridSpan", Number(span));
        }

        if (merged)
        {
            _xml.WriteAttributeString("hMerge", "1");
        }

        _xml.WriteStartElement("a", "txBody", A);
        _xml.WriteElementString("a", "bodyPr", A, null);
        _xml.WriteElementString("a", "lstStyle", A, null);
        Paragraphs(_xml, cell.Blocks, EmptyCellStyle, cell.TextHex, italic: cell.Italic);
        _xml.WriteEndElement();
        _xml.WriteStartElement("a", "tcPr", A);
        var horizontal = Number(DeckGeometry.InsetHorizontal.ToEmu().Value);
        var vertical = Number(dividerHex is null ? DeckGeometry.InsetVertical.ToEmu().Value : 0);
        _xml.WriteAttributeString("marL", horizontal);
        _xml.WriteAttributeString("marR", horizontal);
        _xml.WriteAttributeString("marT", vertical);
        _xml.WriteAttributeString("marB", vertical);
        _xml.WriteAttributeString("anchor", dividerHex is null ? "t" : "b");
        if (dividerHex is null)
        {
            Border("lnL", BorderHex, 6350, dashed: false);
            Border("lnR", BorderHex, 6350, dashed: false);
            Border("lnT", BorderHex, 6350, dashed: false);
            Border("lnB", BorderHex, 6350, dashed: false);
        }
        else
        {
            NoBorder("lnL");
            NoBorder("lnR");
            Border("lnT", BorderHex, 6350, dashed: false);
            Border("lnB", dividerHex, 28575, dashed: true);
        }

        if (cell.FillHex is null)
        {
            _xml.WriteElementString("a", "noFill", A, null);
        }
        else
        {
            SolidFill(_xml, cell.FillHex);
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Border(string side, string hex, long width, bool dashed)
    {
        _xml.WriteStartElement("a", side, A);
        _xml.WriteAttributeString("w", Number(width));
        SolidFill(_xml, hex);
        _xml.WriteStartElement("a", "prstDash", A);
        _xml.WriteAttributeString("val", dashed ? "dash" : "solid");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void NoBorder(string side)
    {
        _xml.WriteStartElement("a", side, A);
        _xml.WriteAttributeString("w", "0");
        _xml.WriteElementString("a", "noFill", A, null);
        _xml.WriteEndElement();
    }
}
