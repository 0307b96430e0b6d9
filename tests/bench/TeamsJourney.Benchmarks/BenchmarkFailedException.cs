namespace TeamsJourney.Benchmarks;

/// <summary>A step of the benchmark (npm install, a peer run, our child process, a file check) did not succeed.</summary>
internal sealed class BenchmarkFailedException : Exception
{
    public BenchmarkFailedException(string message)
        : base(message)
    {
    }

    public BenchmarkFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
