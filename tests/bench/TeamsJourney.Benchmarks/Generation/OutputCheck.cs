using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsJourney.Benchmarks.Generation;

/// <summary>
/// Opens what was timed with the OpenXML SDK, so a fast writer that produced a broken or empty package cannot pass.
/// Full schema validation is the test suite's job (tests/TeamsJourney.Documents.Tests/Validity).
/// </summary>
internal static class OutputCheck
{
    public static int CountSlides(string path)
    {
        using var deck = PresentationDocument.Open(path, isEditable: false);
        var slideIds = deck.PresentationPart?.Presentation.SlideIdList?.Elements<P.SlideId>().ToList()
            ?? throw new BenchmarkFailedException($"{path} has no presentation part or slide list.");
        foreach (var slideId in slideIds)
        {
            var part = deck.PresentationPart.GetPartById(slideId.RelationshipId!) as SlidePart;
            if (part?.Slide?.CommonSlideData?.ShapeTree is null)
            {
                throw new BenchmarkFailedException($"{path}: slide {slideId.Id} has no shape tree.");
            }
        }

        return slideIds.Count > 0 ? slideIds.Count : throw new BenchmarkFailedException($"{path} has no slides.");
    }

    public static int CountTables(string path)
    {
        using var report = WordprocessingDocument.Open(path, isEditable: false);
        var body = report.MainDocumentPart?.Document.Body
            ?? throw new BenchmarkFailedException($"{path} has no document body.");
        var tables = body.Descendants<W.Table>().Count();
        return tables > 0 ? tables : throw new BenchmarkFailedException($"{path} has no tables.");
    }
}
