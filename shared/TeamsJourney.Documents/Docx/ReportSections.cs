using System.Xml;
using TeamsJourney.Documents.Units;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>A4 page setups: portrait for prose, landscape for the wide journey and blueprint tables.</summary>
internal static class ReportSections
{
    public const string FooterId = "rIdFooter";
    private static readonly int ShortSide = Points.FromCentimeters(21).ToTwips();
    private static readonly int LongSide = Points.FromCentimeters(29.7).ToTwips();
    private static readonly int Margin = Points.FromCentimeters(2).ToTwips();

    /// <summary>Width available to a table in a portrait section.</summary>
    public static int PortraitTextWidth => ShortSide - (2 * Margin);

    /// <summary>Width available to a table in a landscape section.</summary>
    public static int LandscapeTextWidth => LongSide - (2 * Margin);

    /// <summary>Ends the current section with a paragraph that carries its properties.</summary>
    public static void BreakAfter(XmlWriter xml, bool landscape, bool titlePage)
    {
        xml.WriteStartElement("w", "p", W);
        xml.WriteStartElement("w", "pPr", W);
        Properties(xml, landscape, titlePage);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Section properties; the title page (first page of the first section) has no page number.</summary>
    public static void Properties(XmlWriter xml, bool landscape, bool titlePage)
    {
        xml.WriteStartElement("w", "sectPr", W);
        xml.WriteStartElement("w", "footerReference", W);
        xml.WriteAttributeString("w", "type", W, "default");
        xml.WriteAttributeString("r", "id", R, FooterId);
        xml.WriteEndElement();
        xml.WriteStartElement("w", "pgSz", W);
        xml.WriteAttributeString("w", "w", W, Number(landscape ? LongSide : ShortSide));
        xml.WriteAttributeString("w", "h", W, Number(landscape ? ShortSide : LongSide));
        if (landscape)
        {
            xml.WriteAttributeString("w", "orient", W, "landscape");
        }

        xml.WriteEndElement();
        xml.WriteStartElement("w", "pgMar", W);
        foreach (var side in new[] { "top", "right", "bottom", "left" })
        {
            xml.WriteAttributeString("w", side, W, Number(Margin));
        }

        xml.WriteAttributeString("w", "header", W, "709");
        xml.WriteAttributeString("w", "footer", W, "567");
        xml.WriteAttributeString("w", "gutter", W, "0");
        xml.WriteEndElement();
        if (titlePage)
        {
            xml.WriteElementString("w", "titlePg", W, null);
        }

        xml.WriteEndElement();
    }
}
