using System.Diagnostics;
using System.Text.Json;
using TeamsJourney.Benchmarks.Fixture;
using TeamsJourney.Documents;
using TeamsJourney.Documents.Docx;
using TeamsJourney.Documents.Pptx;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Benchmarks.Generation;

/// <summary>
/// The child role: one fixture, one warm-up, then the timed runs. Like peer.js, the clock starts after the fixture
/// is read and stops when both files are on disk.
/// </summary>
internal static class GenerationCommand
{
    private const int FileBufferBytes = 1 << 16;

    public static int Run(GenerationOptions options)
    {
        var report = FixtureMapper.Read(options.FixturePath);
        Directory.CreateDirectory(options.OutputDirectory);
        var deckPath = Path.Combine(options.OutputDirectory, "ours.pptx");
        var reportPath = Path.Combine(options.OutputDirectory, "ours.docx");
        var deck = new JourneyDeck();
        var word = new JourneyReport();

        var cold = Stopwatch.StartNew();
        WriteFile(deck, report, deckPath);
        WriteFile(word, report, reportPath);
        var coldMs = cold.Elapsed.TotalMilliseconds;

        var pptxMs = new List<double>();
        var docxMs = new List<double>();
        var processorMs = new List<double>();
        long allocated = 0;
        for (var run = 0; run < options.Runs; run++)
        {
            WaitForTurn(options);
            // Start every run from a settled heap so one run's garbage is not billed to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var processorBefore = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            WriteFile(deck, report, deckPath);
            var afterDeck = watch.Elapsed;
            WriteFile(word, report, reportPath);
            var afterReport = watch.Elapsed;
            processorMs.Add((Environment.CpuUsage.TotalTime - processorBefore).TotalMilliseconds);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            pptxMs.Add(afterDeck.TotalMilliseconds);
            docxMs.Add((afterReport - afterDeck).TotalMilliseconds);
            if (options.Paced)
            {
                Console.WriteLine(PacingProtocol.Done);
            }
        }

        // Read the peak before the check below loads both packages into DOMs, which the writers never do.
        var peakMb = PeakMemory.Megabytes();
        var result = new GenerationResult(
            Items: report.Groups.Sum(group => group.Items.Count),
            ColdTotalMs: coldMs,
            PptxMs: pptxMs,
            DocxMs: docxMs,
            TotalMs: pptxMs.Zip(docxMs, (pptx, docx) => pptx + docx).ToArray(),
            ProcessorMs: processorMs,
            AllocatedMbPerRun: allocated / 1048576.0 / options.Runs,
            PeakMb: peakMb,
            PptxBytes: new FileInfo(deckPath).Length,
            DocxBytes: new FileInfo(reportPath).Length,
            Slides: OutputCheck.CountSlides(deckPath),
            WordTables: OutputCheck.CountTables(reportPath));
        Console.WriteLine(JsonSerializer.Serialize(result, GenerationJsonContext.Default.GenerationResult));
        return 0;
    }

    private static void WaitForTurn(GenerationOptions options)
    {
        if (!options.Paced)
        {
            return;
        }

        Console.WriteLine(PacingProtocol.Ready);
        var line = Console.ReadLine();
        if (line != PacingProtocol.Run)
        {
            throw new BenchmarkFailedException($"The driver sent '{line}' instead of '{PacingProtocol.Run}'.");
        }
    }

    private static void WriteFile(IDocumentWriter writer, WorkshopReport report, string path)
    {
        // Readable, seekable and empty: the writers build the package in place instead of in a memory buffer.
        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileBufferBytes);
        writer.Write(report, file);
    }
}
