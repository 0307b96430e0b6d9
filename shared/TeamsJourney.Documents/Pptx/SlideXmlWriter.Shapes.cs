using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Units;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>How a drawn shape looks: geometry, fill and outline (null = none).</summary>
internal sealed record ShapeLook(string Geometry, string? FillHex, string? LineHex = null, double LineWidthPt = 0.75, string? Dash = null)
{
    public static ShapeLook Filled(string fillHex) => new("rect", fillHex);
}

/// <summary>One paragraph of a drawn shape with its own colour and alignment ("l", "ctr", "r").</summary>
internal sealed record StyledText(TextBlock Block, string? ColorHex = null, string? Align = null, bool Italic = false);

/// <summary>Inner margins of a shape's text, in points.</summary>
/// <param name="Horizontal">Left (and by default right) margin.</param>
/// <param name="Vertical">Top and bottom margin.</param>
/// <param name="Right">The right margin when it differs (room kept for a badge); null = <paramref name="Horizontal"/>.</param>
internal readonly record struct TextInsets(double Horizontal, double Vertical, double? Right = null)
{
    public static readonly TextInsets None = new(0, 0);
}

internal sealed partial class SlideXmlWriter
{
    private int _groupDepth;

    /// <summary>
    /// A native shape holding editable text (a card, a header, a badge). Shapes without text get alt text so a screen
    /// reader can say what they show; shapes with text are read by their text.
    /// </summary>
    public void Shape(string name, SlideRect rect, ShapeLook look, IReadOnlyList<StyledText> paragraphs, TextInsets insets, string anchor = "t", string? description = null, string? vertical = null)
    {
        var id = _nextShapeId++;
        _xml.WriteStartElement("p", "sp", P);
        _xml.WriteStartElement("p", "nvSpPr", P);
        ShapeName(id, name, description);
        _xml.WriteElementString("p", "cNvSpPr", P, null);
        _xml.WriteElementString("p", "nvPr", P, null);
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", P);
        Transform(_xml, "a", A, rect);
        PresetGeometry(_xml, look.Geometry);
        if (look.FillHex is null)
        {
            _xml.WriteElementString("a", "noFill", A, null);
        }
        else
        {
            SolidFill(_xml, look.FillHex);
        }

        Outline(look.LineHex, look.LineWidthPt, look.Dash);
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", P);
        _xml.WriteStartElement("a", "bodyPr", A);
        _xml.WriteAttributeString("wrap", "square");
        var h = Number(Emu.FromPoints(new Points(insets.Horizontal)).Value);
        var v = Number(Emu.FromPoints(new Points(insets.Vertical)).Value);
        _xml.WriteAttributeString("lIns", h);
        _xml.WriteAttributeString("rIns", Number(Emu.FromPoints(new Points(insets.Right ?? insets.Horizontal)).Value));
        _xml.WriteAttributeString("tIns", v);
        _xml.WriteAttributeString("bIns", v);
        _xml.WriteAttributeString("anchor", anchor);
        _xml.WriteAttributeString("rtlCol", "0");
        if (vertical is not null)
        {
            _xml.WriteAttributeString("vert", vertical);
        }

        _xml.WriteElementString("a", "noAutofit", A, null);
        _xml.WriteEndElement();
        _xml.WriteElementString("a", "lstStyle", A, null);
        if (paragraphs.Count == 0)
        {
            Paragraph(_xml, new TextBlock(string.Empty, EmptyCellStyle));
        }

        foreach (var paragraph in paragraphs)
        {
            Paragraph(_xml, paragraph.Block, paragraph.ColorHex, italic: paragraph.Italic, align: paragraph.Align);
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A straight line (a connector shape, so it stays a line when edited), with its meaning as alt text.</summary>
    public void Line(string name, string description, double x1, double y1, double x2, double y2, string hex, double widthPt, string? dash = null)
    {
        var id = _nextShapeId++;
        _xml.WriteStartElement("p", "cxnSp", P);
        _xml.WriteStartElement("p", "nvCxnSpPr", P);
        ShapeName(id, name, description);
        _xml.WriteElementString("p", "cNvCxnSpPr", P, null);
        _xml.WriteElementString("p", "nvPr", P, null);
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", P);
        Transform(_xml, "a", A, SlideRect.FromInches(Math.Min(x1, x2), Math.Min(y1, y2), Math.Abs(x2 - x1), Math.Abs(y2 - y1)), flipVertical: y2 < y1);
        PresetGeometry(_xml, "line");
        Outline(hex, widthPt, dash);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>
    /// Starts a group (a card with its badge, the emotion curve, the matrix) so it moves as one; its alt text describes
    /// the whole. Child coordinates equal slide coordinates, so members are placed as if ungrouped.
    /// </summary>
    public void BeginGroup(string name, string description, SlideRect rect)
    {
        var id = _nextShapeId++;
        _groupDepth++;
        _xml.WriteStartElement("p", "grpSp", P);
        _xml.WriteStartElement("p", "nvGrpSpPr", P);
        ShapeName(id, name, description);
        _xml.WriteElementString("p", "cNvGrpSpPr", P, null);
        _xml.WriteElementString("p", "nvPr", P, null);
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "grpSpPr", P);
        _xml.WriteStartElement("a", "xfrm", A);
        Point("off", "x", "y", rect.X, rect.Y);
        Point("ext", "cx", "cy", rect.Width, rect.Height);
        Point("chOff", "x", "y", rect.X, rect.Y);
        Point("chExt", "cx", "cy", rect.Width, rect.Height);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void EndGroup()
    {
        if (_groupDepth == 0)
        {
            throw new InvalidOperationException("EndGroup without BeginGroup.");
        }

        _groupDepth--;
        _xml.WriteEndElement();
    }

    private void Point(string element, string xName, string yName, Emu x, Emu y)
    {
        _xml.WriteStartElement("a", element, A);
        _xml.WriteAttributeString(xName, Number(x.Value));
        _xml.WriteAttributeString(yName, Number(y.Value));
        _xml.WriteEndElement();
    }

    private void Outline(string? hex, double widthPt, string? dash)
    {
        _xml.WriteStartElement("a", "ln", A);
        if (hex is null)
        {
            _xml.WriteElementString("a", "noFill", A, null);
        }
        else
        {
            _xml.WriteAttributeString("w", Number(Emu.FromPoints(new Points(widthPt)).Value));
            SolidFill(_xml, hex);
            if (dash is not null)
            {
                _xml.WriteStartElement("a", "prstDash", A);
                _xml.WriteAttributeString("val", dash);
                _xml.WriteEndElement();
            }
        }

        _xml.WriteEndElement();
    }
}
