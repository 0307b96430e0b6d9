using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The emotion curve as a native line chart: a chart part plus the embedded workbook PowerPoint opens when someone
/// chooses "Edit data", so the chart stays editable. Unrated stages are gaps, not zeros.
/// </summary>
internal static class EmotionChart
{
    private static readonly SlideRect ChartRect = SlideRect.FromInches(DeckGeometry.MarginInches, DeckGeometry.ContentTopInches, DeckGeometry.ContentWidthInches, 4.9);
    private static readonly SlideRect CaptionRect = SlideRect.FromInches(DeckGeometry.MarginInches, 6.4, DeckGeometry.ContentWidthInches, 0.6);

    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var stages = group.Stages;
        var readings = string.Join("; ", stages.Select(s => $"{s.Name}: {Score(s.Emotion)}"));
        var description = $"Line chart of customer emotion for {group.Name}, from -2 (very negative) to +2 (very positive), across {stages.Count} stages. {readings}.";
        var notes = $"How the customer feels through the journey of {group.Name}. Lowest points are the first places to look for improvements.";
        deck.AddSlide(SlideLayoutKind.TitleOnly, notes, (slide, part) =>
        {
            slide.Title($"Emotion curve: {group.Name}");
            slide.Chart("Emotion curve chart", description, ChartRect, AddChartPart(part, group));
            slide.TextBox("Emotion scale note", CaptionRect, [new TextBlock("Scale: -2 very negative, 0 neutral, +2 very positive. Stages without a rating are left as gaps.", new TextStyle(11, 0, 0, false))]);
        });
    }

    private static string Score(int? emotion) => emotion switch
    {
        null => "not rated",
        > 0 => "+" + emotion.Value.ToString(CultureInfo.InvariantCulture),
        _ => emotion.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string AddChartPart(SlidePart slide, PreparedGroup group)
    {
        var chart = slide.AddNewPart<ChartPart>("rIdChart");
        var workbook = chart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var data = ChartWorkbook.Build(group.Stages))
        {
            workbook.FeedData(data);
        }

        using var stream = chart.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, Settings);
        WriteChartSpace(xml, group.Stages, chart.GetIdOfPart(workbook));
        return "rIdChart";
    }

    private static void WriteChartSpace(XmlWriter xml, IReadOnlyList<JourneyStage> stages, string workbookId)
    {
        var last = stages.Count + 1;
        xml.WriteStartDocument(true);
        xml.WriteStartElement("c", "chartSpace", C);
        xml.WriteAttributeString("xmlns", "a", null, A);
        xml.WriteAttributeString("xmlns", "r", null, R);
        Value(xml, "date1904", "0");
        Value(xml, "roundedCorners", "0");
        xml.WriteStartElement("c", "chart", C);
        Value(xml, "autoTitleDeleted", "1");
        xml.WriteStartElement("c", "plotArea", C);
        xml.WriteElementString("c", "layout", C, null);
        xml.WriteStartElement("c", "lineChart", C);
        Value(xml, "grouping", "standard");
        Value(xml, "varyColors", "0");
        xml.WriteStartElement("c", "ser", C);
        Value(xml, "idx", "0");
        Value(xml, "order", "0");
        xml.WriteStartElement("c", "tx", C);
        StringReference(xml, "Sheet1!$B$1", ["Emotion"]);
        xml.WriteEndElement();
        xml.WriteStartElement("c", "spPr", C);
        xml.WriteStartElement("a", "ln", A);
        xml.WriteAttributeString("w", "38100");
        SolidFill(xml, DeckTheme.Blue);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("c", "marker", C);
        Value(xml, "symbol", "circle");
        Value(xml, "size", "8");
        xml.WriteEndElement();
        xml.WriteStartElement("c", "cat", C);
        StringReference(xml, $"Sheet1!$A$2:$A${last}", [.. stages.Select(s => s.Name)]);
        xml.WriteEndElement();
        xml.WriteStartElement("c", "val", C);
        NumberReference(xml, $"Sheet1!$B$2:$B${last}", stages);
        xml.WriteEndElement();
        Value(xml, "smooth", "0");
        xml.WriteEndElement(); // ser
        Value(xml, "marker", "1");
        Value(xml, "axId", "500001");
        Value(xml, "axId", "500002");
        xml.WriteEndElement(); // lineChart
        ChartAxes.Write(xml);
        xml.WriteEndElement(); // plotArea
        Value(xml, "plotVisOnly", "1");
        Value(xml, "dispBlanksAs", "gap");
        xml.WriteEndElement(); // chart
        xml.WriteStartElement("c", "externalData", C);
        xml.WriteAttributeString("r", "id", R, workbookId);
        Value(xml, "autoUpdate", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    internal static void Value(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("c", name, C);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }

    private static void StringReference(XmlWriter xml, string formula, IReadOnlyList<string> values)
    {
        xml.WriteStartElement("c", "strRef", C);
        xml.WriteElementString("c", "f", C, formula);
        xml.WriteStartElement("c", "strCache", C);
        Value(xml, "ptCount", Number(values.Count));
        for (var i = 0; i < values.Count; i++)
        {
            xml.WriteStartElement("c", "pt", C);
            xml.WriteAttributeString("idx", Number(i));
            xml.WriteElementString("c", "v", C, values[i]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void NumberReference(XmlWriter xml, string formula, IReadOnlyList<JourneyStage> stages)
    {
        xml.WriteStartElement("c", "numRef", C);
        xml.WriteElementString("c", "f", C, formula);
        xml.WriteStartElement("c", "numCache", C);
        xml.WriteElementString("c", "formatCode", C, "General");
        Value(xml, "ptCount", Number(stages.Count));
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].Emotion is { } emotion)
            {
                xml.WriteStartElement("c", "pt", C);
                xml.WriteAttributeString("idx", Number(i));
                xml.WriteElementString("c", "v", C, Number(emotion));
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
