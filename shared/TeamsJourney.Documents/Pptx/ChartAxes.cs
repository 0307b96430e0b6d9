using System.Xml;
using static TeamsJourney.Documents.Pptx.DrawingMl;
using static TeamsJourney.Documents.Pptx.EmotionChart;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Category axis of stage names and a value axis fixed at -2..+2 so charts of different groups compare.</summary>
internal static class ChartAxes
{
    public static void Write(XmlWriter xml)
    {
        xml.WriteStartElement("c", "catAx", C);
        Value(xml, "axId", "500001");
        Scaling(xml, null, null);
        Value(xml, "delete", "0");
        Value(xml, "axPos", "b");
        Value(xml, "majorTickMark", "none");
        Value(xml, "minorTickMark", "none");
        Value(xml, "tickLblPos", "low");
        Value(xml, "crossAx", "500002");
        Value(xml, "crosses", "autoZero");
        Value(xml, "auto", "1");
        Value(xml, "lblAlgn", "ctr");
        Value(xml, "lblOffset", "100");
        Value(xml, "noMultiLvlLbl", "0");
        xml.WriteEndElement();

        xml.WriteStartElement("c", "valAx", C);
        Value(xml, "axId", "500002");
        Scaling(xml, "2", "-2");
        Value(xml, "delete", "0");
        Value(xml, "axPos", "l");
        xml.WriteStartElement("c", "majorGridlines", C);
        xml.WriteStartElement("c", "spPr", C);
        xml.WriteStartElement("a", "ln", A);
        xml.WriteAttributeString("w", "6350");
        SolidFill(xml, "D0D7DE");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("c", "title", C);
        xml.WriteStartElement("c", "tx", C);
        xml.WriteStartElement("c", "rich", C);
        xml.WriteElementString("a", "bodyPr", A, null);
        xml.WriteStartElement("a", "p", A);
        xml.WriteStartElement("a", "r", A);
        xml.WriteElementString("a", "t", A, "Emotion (-2 to +2)");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        Value(xml, "overlay", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("c", "numFmt", C);
        xml.WriteAttributeString("formatCode", "+0;-0;0");
        xml.WriteAttributeString("sourceLinked", "0");
        xml.WriteEndElement();
        Value(xml, "majorTickMark", "out");
        Value(xml, "minorTickMark", "none");
        Value(xml, "tickLblPos", "nextTo");
        Value(xml, "crossAx", "500001");
        Value(xml, "crosses", "autoZero");
        Value(xml, "crossBetween", "between");
        Value(xml, "majorUnit", "1");
        xml.WriteEndElement();
    }

    private static void Scaling(XmlWriter xml, string? max, string? min)
    {
        xml.WriteStartElement("c", "scaling", C);
        Value(xml, "orientation", "minMax");
        if (max is not null)
        {
            Value(xml, "max", max);
        }

        if (min is not null)
        {
            Value(xml, "min", min);
        }

        xml.WriteEndElement();
    }
}
