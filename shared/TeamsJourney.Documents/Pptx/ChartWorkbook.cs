using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>The small workbook behind the emotion chart: stage names in column A, scores in column B.</summary>
internal static class ChartWorkbook
{
    public static MemoryStream Build(IReadOnlyList<JourneyStage> stages)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rIdSheet1");
            var rows = new SheetData();
            rows.Append(Row(1, "Stage", null, "Emotion"));
            for (var i = 0; i < stages.Count; i++)
            {
                rows.Append(Row((uint)i + 2, stages[i].Name, stages[i].Emotion, null));
            }

            sheetPart.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = "rIdSheet1" }));
        }

        stream.Position = 0;
        return stream;
    }

    private static Row Row(uint index, string label, int? score, string? header)
    {
        var row = new Row { RowIndex = index };
        row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(label) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = $"A{index}",
            DataType = CellValues.InlineString,
        });
        if (header is not null)
        {
            row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(header))) { CellReference = $"B{index}", DataType = CellValues.InlineString });
        }
        else if (score is { } value)
        {
            row.Append(new Cell(new CellValue(value)) { CellReference = $"B{index}", DataType = CellValues.Number });
        }

        return row;
    }
}
