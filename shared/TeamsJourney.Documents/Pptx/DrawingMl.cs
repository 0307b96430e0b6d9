using System.Globalization;
using System.Xml;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Text;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Namespaces and the paragraph markup shared by slides, tables and notes.</summary>
internal static class DrawingMl
{
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string Lang = "en-GB";

    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        CheckCharacters = true,
        CloseOutput = false,
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes one paragraph; line breaks inside the text become a:br so nothing is run together.</summary>
    public static void Paragraph(XmlWriter xml, TextBlock block, string? colorHex = null, bool centered = false, bool italic = false, string? align = null)
    {
        var style = block.Style;
        xml.WriteStartElement("a", "p", A);
        xml.WriteStartElement("a", "pPr", A);
        if (block.Bullet)
        {
            var indent = Emu.FromPoints(new Points(style.IndentPt)).Value;
            xml.WriteAttributeString("marL", Number(indent));
            xml.WriteAttributeString("indent", Number(block.Continued ? 0 : -indent));
        }

        if (centered || align is not null)
        {
            xml.WriteAttributeString("algn", align ?? "ctr");
        }

        if (TextDirection.IsRightToLeft(block.Text))
        {
            xml.WriteAttributeString("rtl", "1");
        }

        xml.WriteStartElement("a", "lnSpc", A);
        xml.WriteStartElement("a", "spcPts", A);
        xml.WriteAttributeString("val", Number((long)Math.Round(style.LineHeightPt * 100)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "spcAft", A);
        xml.WriteStartElement("a", "spcPts", A);
        xml.WriteAttributeString("val", Number((long)Math.Round(style.SpaceAfterPt * 100)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (block.Bullet && !block.Continued)
        {
            xml.WriteStartElement("a", "buFont", A);
            xml.WriteAttributeString("typeface", "Arial");
            xml.WriteEndElement();
            xml.WriteStartElement("a", "buChar", A);
            xml.WriteAttributeString("char", "•");
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteElementString("a", "buNone", A, null);
        }

        xml.WriteEndElement();
        var lines = block.Text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                xml.WriteStartElement("a", "br", A);
                RunProperties(xml, "rPr", style, colorHex, italic);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("a", "r", A);
            RunProperties(xml, "rPr", style, colorHex, italic);
            xml.WriteElementString("a", "t", A, lines[i]);
            xml.WriteEndElement();
        }

        RunProperties(xml, "endParaRPr", style, colorHex, italic);
        xml.WriteEndElement();
    }

    /// <summary>A text body needs at least one paragraph, even when a cell is empty.</summary>
    public static void Paragraphs(XmlWriter xml, IReadOnlyList<TextBlock> blocks, TextStyle emptyStyle, string? colorHex = null, bool centered = false, bool italic = false)
    {
        if (blocks.Count == 0)
        {
            Paragraph(xml, new TextBlock(string.Empty, emptyStyle), colorHex, centered, italic);
        }

        foreach (var block in blocks)
        {
            Paragraph(xml, block, colorHex, centered, italic);
        }
    }

    public static void SolidFill(XmlWriter xml, string hex)
    {
        xml.WriteStartElement("a", "solidFill", A);
        xml.WriteStartElement("a", "srgbClr", A);
        xml.WriteAttributeString("val", hex);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Writes the shape's position and size; <paramref name="flipVertical"/> turns a line to run upwards.</summary>
    public static void Transform(XmlWriter xml, string prefix, string ns, SlideRect rect, bool flipVertical = false)
    {
        xml.WriteStartElement(prefix, "xfrm", ns);
        if (flipVertical)
        {
            xml.WriteAttributeString("flipV", "1");
        }

        xml.WriteStartElement("a", "off", A);
        xml.WriteAttributeString("x", Number(rect.X.Value));
        xml.WriteAttributeString("y", Number(rect.Y.Value));
        xml.WriteEndElement();
        xml.WriteStartElement("a", "ext", A);
        xml.WriteAttributeString("cx", Number(rect.Width.Value));
        xml.WriteAttributeString("cy", Number(rect.Height.Value));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void RunProperties(XmlWriter xml, string name, TextStyle style, string? colorHex, bool italic)
    {
        xml.WriteStartElement("a", name, A);
        xml.WriteAttributeString("lang", Lang);
        xml.WriteAttributeString("sz", Number(new Points(style.FontPt).ToHundredths()));
        if (style.Bold)
        {
            xml.WriteAttributeString("b", "1");
        }

        if (italic)
        {
            xml.WriteAttributeString("i", "1");
        }

        xml.WriteAttributeString("dirty", "0");
        if (colorHex is not null)
        {
            SolidFill(xml, colorHex);
        }

        xml.WriteEndElement();
    }
}
