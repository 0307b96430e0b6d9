using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Layout;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Streams one slide's XML straight into its part: no DOM, so a deck of hundreds of slides costs little more
/// than the bytes it writes. Shapes are written in reading order, title first.
/// </summary>
internal sealed partial class SlideXmlWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly XmlWriter _xml;
    private uint _nextShapeId = 2;

    public SlideXmlWriter(SlidePart part)
    {
        _stream = part.GetStream(FileMode.Create, FileAccess.Write);
        _xml = XmlWriter.Create(_stream, Settings);
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("p", "sld", P);
        _xml.WriteAttributeString("xmlns", "a", null, A);
        _xml.WriteAttributeString("xmlns", "r", null, R);
        _xml.WriteStartElement("p", "cSld", P);
        _xml.WriteStartElement("p", "spTree", P);
        GroupShapeHeader(_xml);
    }

    /// <summary>The title placeholder, sized down until the text fits (never cut).</summary>
    public void Title(string text, string placeholderType = "title", SlideRect? rect = null, IReadOnlyList<double>? sizes = null)
    {
        var box = DeckGeometry.TextRoom(rect ?? DeckGeometry.Title);
        sizes ??= DeckGeometry.TitleSizes;
        var size = sizes.FirstOrDefault(
            pt => TextFlow.Measure([new TextBlock(text, new TextStyle(pt, 0, 0, true))], box.WidthPt) <= box.HeightPt,
            sizes[^1]);
        Placeholder("Title", placeholderType, null, [new TextBlock(text, new TextStyle(size, 0, 0, true))], rect);
    }

    /// <summary>A placeholder inherited from the layout (position and look come from there).</summary>
    /// <remarks>
    /// A <paramref name="rect"/> repeats the layout's position on the slide: PowerPoint would inherit it, but
    /// LibreOffice places placeholders of some layout types (section headers) by its own defaults otherwise.
    /// </remarks>
    public void Placeholder(string name, string type, uint? index, IReadOnlyList<TextBlock> blocks, SlideRect? rect = null)
    {
        var id = _nextShapeId++;
        _xml.WriteStartElement("p", "sp", P);
        _xml.WriteStartElement("p", "nvSpPr", P);
        ShapeName(id, $"{name} {id}", null);
        _xml.WriteStartElement("p", "cNvSpPr", P);
        _xml.WriteStartElement("a", "spLocks", A);
        _xml.WriteAttributeString("noGrp", "1");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "nvPr", P);
        _xml.WriteStartElement("p", "ph", P);
        _xml.WriteAttributeString("type", type);
        if (index is { } idx)
        {
            _xml.WriteAttributeString("idx", Number(idx));
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", P);
        if (rect is { } position)
        {
            Transform(_xml, "a", A, position);
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", P);
        _xml.WriteElementString("a", "bodyPr", A, null);
        _xml.WriteElementString("a", "lstStyle", A, null);
        Paragraphs(_xml, blocks, DeckGeometry.Body);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A text box (or a filled panel with text when <paramref name="fillHex"/> is given).</summary>
    public void TextBox(string name, SlideRect rect, IReadOnlyList<TextBlock> blocks, string? fillHex = null, string? textHex = null, string? description = null, bool centreVertically = false)
    {
        var id = _nextShapeId++;
        _xml.WriteStartElement("p", "sp", P);
        _xml.WriteStartElement("p", "nvSpPr", P);
        ShapeName(id, name, description);
        _xml.WriteStartElement("p", "cNvSpPr", P);
        _xml.WriteAttributeString("txBox", "1");
        _xml.WriteEndElement();
        _xml.WriteElementString("p", "nvPr", P, null);
        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "spPr", P);
        Transform(_xml, "a", A, rect);
        PresetRectangle(_xml);
        if (fillHex is null)
        {
            _xml.WriteElementString("a", "noFill", A, null);
        }
        else
        {
            SolidFill(_xml, fillHex);
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("p", "txBody", P);
        BodyProperties(_xml, centreVertically ? "ctr" : "t");
        _xml.WriteElementString("a", "lstStyle", A, null);
        Paragraphs(_xml, blocks, DeckGeometry.Body, textHex);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A chart frame pointing at a chart part related to this slide.</summary>
    public void Chart(string name, string description, SlideRect rect, string chartRelationshipId)
    {
        var id = _nextShapeId++;
        GraphicFrameStart(id, name, description, rect, "http://schemas.openxmlformats.org/drawingml/2006/chart");
        _xml.WriteStartElement("c", "chart", C);
        _xml.WriteAttributeString("r", "id", R, chartRelationshipId);
        _xml.WriteEndElement();
        GraphicFrameEnd();
    }

    public void Dispose()
    {
        _xml.WriteEndElement(); // spTree
        _xml.WriteEndElement(); // cSld
        _xml.WriteStartElement("p", "clrMapOvr", P);
        _xml.WriteElementString("a", "masterClrMapping", A, null);
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // sld
        _xml.WriteEndDocument();
        _xml.Dispose();
        _stream.Dispose();
    }

    internal static void GroupShapeHeader(XmlWriter xml)
    {
        xml.WriteStartElement("p", "nvGrpSpPr", P);
        xml.WriteStartElement("p", "cNvPr", P);
        xml.WriteAttributeString("id", "1");
        xml.WriteAttributeString("name", string.Empty);
        xml.WriteEndElement();
        xml.WriteElementString("p", "cNvGrpSpPr", P, null);
        xml.WriteElementString("p", "nvPr", P, null);
        xml.WriteEndElement();
        xml.WriteElementString("p", "grpSpPr", P, null);
    }

    internal static void PresetRectangle(XmlWriter xml) => PresetGeometry(xml, "rect");

    /// <summary>A preset shape outline ("rect", "roundRect", "line", ...) with its default adjustments.</summary>
    internal static void PresetGeometry(XmlWriter xml, string preset)
    {
        xml.WriteStartElement("a", "prstGeom", A);
        xml.WriteAttributeString("prst", preset);
        xml.WriteElementString("a", "avLst", A, null);
        xml.WriteEndElement();
    }

    // Fixed insets and no autofit: the layout engine already sized the box for its text.
    internal static void BodyProperties(XmlWriter xml, string anchor)
    {
        xml.WriteStartElement("a", "bodyPr", A);
        xml.WriteAttributeString("wrap", "square");
        xml.WriteAttributeString("lIns", Number(DeckGeometry.InsetHorizontal.ToEmu().Value));
        xml.WriteAttributeString("rIns", Number(DeckGeometry.InsetHorizontal.ToEmu().Value));
        xml.WriteAttributeString("tIns", Number(DeckGeometry.InsetVertical.ToEmu().Value));
        xml.WriteAttributeString("bIns", Number(DeckGeometry.InsetVertical.ToEmu().Value));
        xml.WriteAttributeString("anchor", anchor);
        xml.WriteAttributeString("rtlCol", "0");
        xml.WriteElementString("a", "noAutofit", A, null);
        xml.WriteEndElement();
    }

    private void ShapeName(uint id, string name, string? description)
    {
        _xml.WriteStartElement("p", "cNvPr", P);
        _xml.WriteAttributeString("id", Number(id));
        _xml.WriteAttributeString("name", name);
        if (description is not null)
        {
            _xml.WriteAttributeString("descr", description);
        }

        _xml.WriteEndElement();
    }

    private void GraphicFrameStart(uint id, string name, string description, SlideRect rect, string uri)
    {
        _xml.WriteStartElement("p", "graphicFrame", P);
        _xml.WriteStartElement("p", "nvGraphicFramePr", P);
        ShapeName(id, name, description);
        _xml.WriteStartElement("p", "cNvGraphicFramePr", P);
        _xml.WriteStartElement("a", "graphicFrameLocks", A);
        _xml.WriteAttributeString("noGrp", "1");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteElementString("p", "nvPr", P, null);
        _xml.WriteEndElement();
        Transform(_xml, "p", P, rect);
        _xml.WriteStartElement("a", "graphic", A);
        _xml.WriteStartElement("a", "graphicData", A);
        _xml.WriteAttributeString("uri", uri);
    }

    private void GraphicFrameEnd()
    {
        _xml.WriteEndElement(); // graphicData
        _xml.WriteEndElement(); // graphic
        _xml.WriteEndElement(); // graphicFrame
    }
}
