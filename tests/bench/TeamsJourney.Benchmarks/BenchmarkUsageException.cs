namespace TeamsJourney.Benchmarks;

/// <summary>The command line could not be understood; the message says which argument and why.</summary>
internal sealed class BenchmarkUsageException(string message) : Exception(message);
