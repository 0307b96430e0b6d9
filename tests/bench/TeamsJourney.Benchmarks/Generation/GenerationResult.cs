using System.Text.Json.Serialization;

namespace TeamsJourney.Benchmarks.Generation;

/// <summary>
/// What the child reports for one fixture size. Times are per timed run, in milliseconds; the cold figure is the
/// warm-up run (first use of the writers in a fresh process, as every peer run is).
/// </summary>
internal sealed record GenerationResult(
    int Items,
    double ColdTotalMs,
    IReadOnlyList<double> PptxMs,
    IReadOnlyList<double> DocxMs,
    IReadOnlyList<double> TotalMs,
    IReadOnlyList<double> ProcessorMs,
    double AllocatedMbPerRun,
    double PeakMb,
    long PptxBytes,
    long DocxBytes,
    int Slides,
    int WordTables);

/// <summary>The child prints its result as one JSON line; the driver reads it back with the same contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GenerationResult))]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
