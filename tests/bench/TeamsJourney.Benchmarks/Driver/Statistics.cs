namespace TeamsJourney.Benchmarks.Driver;

/// <summary>The few sums the report needs: a median and a straight-line fit.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new BenchmarkFailedException("No runs were recorded.");
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Least-squares fit y = fixed + slope * x and its R². A good linear fit with a small fixed part is what
    /// "linear growth" means here; quadratic growth shows up as a poor fit and a rising cost per item.
    /// </summary>
    public static (double Fixed, double Slope, double RSquared) FitLine(IReadOnlyList<(double X, double Y)> points)
    {
        var meanX = points.Average(point => point.X);
        var meanY = points.Average(point => point.Y);
        var spreadX = points.Sum(point => (point.X - meanX) * (point.X - meanX));
        var slope = spreadX == 0 ? 0 : points.Sum(point => (point.X - meanX) * (point.Y - meanY)) / spreadX;
        var intercept = meanY - (slope * meanX);
        var total = points.Sum(point => (point.Y - meanY) * (point.Y - meanY));
        var residual = points.Sum(point => Math.Pow(point.Y - (intercept + (slope * point.X)), 2));
        return (intercept, slope, total == 0 ? 1 : 1 - (residual / total));
    }
}
