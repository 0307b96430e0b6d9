using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Docx.WordMl;

namespace TeamsJourney.Documents.Docx;

/// <summary>
/// Writes the workshop report: a Word document with a title page, document properties, a table of contents,
/// Heading 1-3 structure, accessible tables whose header rows repeat, linked initiatives and page numbers.
/// </summary>
public sealed class JourneyReport : IDocumentWriter
{
    /// <inheritdoc />
    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    public string FileExtension => ".docx";

    /// <inheritdoc />
    public void Write(WorkshopReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var prepared = ReportPreparer.Prepare(report);
        PackageOutput.Write(output, target =>
        {
            using var document = WordprocessingDocument.Create(target, WordprocessingDocumentType.Document);
            // Fast deflate: the files shrink almost as much and generation stays well inside its time budget.
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            document.PackageProperties.Title = prepared.Title;
            document.PackageProperties.Subject = "Customer journey mapping workshop report";
            document.PackageProperties.Creator = "TeamsJourney";
            document.PackageProperties.Keywords = "customer journey; service blueprint; workshop";
            document.PackageProperties.Created = prepared.GeneratedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            Write(document.AddExtendedFilePropertiesPart(), """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>TeamsJourney</Application></Properties>""");
            var main = document.AddMainDocumentPart();
            Write(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), ReportStyles.StylesXml);
            Write(main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering"), ReportStyles.NumberingXml);
            Write(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), ReportStyles.SettingsXml);
            Write(main.AddNewPart<FooterPart>(ReportSections.FooterId), ReportStyles.FooterXml);
            WriteDocument(main, prepared);
        });
    }

    private static void WriteDocument(MainDocumentPart main, PreparedReport report)
    {
        var bookmarks = new BookmarkIds();
        var body = new ReportBody(report, bookmarks);
        var chapters = body.Write();
        using var stream = main.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = true });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("w", "document", W);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("w", "body", W);
        Paragraph(xml, "Title", report.Title);
        Paragraph(xml, "Subtitle", "Customer journey mapping and service blueprint workshop report");
        Paragraph(xml, null, $"Date: {report.DateText}");
        Paragraph(xml, null, $"{report.Groups.Count} group(s), {report.Personas.Count} persona(s), {report.Groups.Sum(g => g.Items.Count)} map notes.");
        Paragraph(xml, null, "Prepared with TeamsJourney.");
        PageBreak(xml);
        TableOfContents.Write(xml, body.Outline);
        PageBreak(xml);
        xml.WriteRaw(chapters);
        ReportSections.Properties(xml, landscape: false, titlePage: false);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
