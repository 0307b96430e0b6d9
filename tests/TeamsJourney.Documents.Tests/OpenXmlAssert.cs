using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace TeamsJourney.Documents.Tests;

/// <summary>Which writer produced a file.</summary>
public enum DocumentKind
{
    Deck,
    Report,
}

/// <summary>The one place generated files are checked against the Office 2019 schemas (and embedded workbooks with them).</summary>
internal static class OpenXmlAssert
{
    public static void Valid(byte[] file, DocumentKind kind)
    {
        // One validator per check: an OpenXmlValidator keeps its state while it validates, so one shared by test
        // classes running in parallel reported elements of one file against another's schema position (a flaky
        // "invalid child element 'Application'" in a report's app.xml, whose only child is Application).
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        using var stream = new MemoryStream(file, writable: false);
        using OpenXmlPackage package = kind switch
        {
            DocumentKind.Deck => PresentationDocument.Open(stream, false),
            DocumentKind.Report => WordprocessingDocument.Open(stream, false),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var errors = validator.Validate(package).Take(25).Select(Describe).ToList();
        if (package is PresentationDocument deck)
        {
            errors.AddRange(EmbeddedWorkbookErrors(deck, validator));
        }

        Assert.True(errors.Count == 0, $"{kind} has schema errors:\n{string.Join("\n", errors)}");
    }

    private static IEnumerable<string> EmbeddedWorkbookErrors(PresentationDocument deck, OpenXmlValidator validator)
    {
        foreach (var chart in deck.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts))
        {
            if (chart.EmbeddedPackagePart is not { } embedded)
            {
                yield return $"{chart.Uri}: the chart has no embedded workbook, so it cannot be edited.";
            }
            else
            {
                using var data = embedded.GetStream(FileMode.Open, FileAccess.Read);
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                copy.Position = 0;
                using var workbook = SpreadsheetDocument.Open(copy, false);
                foreach (var error in validator.Validate(workbook).Take(10))
                {
                    yield return "embedded workbook: " + Describe(error);
                }
            }
        }
    }

    private static string Describe(ValidationErrorInfo error) =>
        $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}";
}
