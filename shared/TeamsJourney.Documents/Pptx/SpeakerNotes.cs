using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Layout;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Writes a notes page: what the slide shows and the facilitator's context, for whoever presents it.</summary>
internal static class SpeakerNotes
{
    private static readonly TextStyle NotesStyle = new(12, 0, 6, Bold: false);

    public static void Write(SlidePart slide, NotesMasterPart master, string notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>("rIdNotes");
        part.AddPart(master, "rIdNotesMaster");
        part.AddPart(slide, "rIdSlide");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("p", "notes", P);
        xml.WriteAttributeString("xmlns", "a", null, A);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("p", "cSld", P);
        xml.WriteStartElement("p", "spTree", P);
        SlideXmlWriter.GroupShapeHeader(xml);
        Placeholder(xml, 2, "Slide Image", "sldImg", null);
        Placeholder(xml, 3, "Notes", "body", notes.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("p", "clrMapOvr", P);
        xml.WriteElementString("a", "masterClrMapping", A, null);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Placeholder(XmlWriter xml, int id, string name, string type, IReadOnlyList<string>? paragraphs)
    {
        xml.WriteStartElement("p", "sp", P);
        xml.WriteStartElement("p", "nvSpPr", P);
        xml.WriteStartElement("p", "cNvPr", P);
        xml.WriteAttributeString("id", Number(id));
        xml.WriteAttributeString("name", name);
        xml.WriteEndElement();
        xml.WriteStartElement("p", "cNvSpPr", P);
        xml.WriteStartElement("a", "spLocks", A);
        xml.WriteAttributeString("noGrp", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("p", "nvPr", P);
        xml.WriteStartElement("p", "ph", P);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("idx", type == "body" ? "1" : "2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteElementString("p", "spPr", P, null);
        if (paragraphs is not null)
        {
            xml.WriteStartElement("p", "txBody", P);
            xml.WriteElementString("a", "bodyPr", A, null);
            xml.WriteElementString("a", "lstStyle", A, null);
            Paragraphs(xml, [.. paragraphs.Select(p => new TextBlock(p, NotesStyle))], NotesStyle);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
