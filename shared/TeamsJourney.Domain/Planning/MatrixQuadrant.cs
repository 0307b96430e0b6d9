namespace TeamsJourney.Domain.Planning;

/// <summary>The four boxes of the impact/effort matrix.</summary>
public enum MatrixQuadrant
{
    /// <summary>High impact, low effort: do first.</summary>
    QuickWin,

    /// <summary>High impact, high effort: plan.</summary>
    MajorProject,

    /// <summary>Low impact, low effort: when there is time.</summary>
    FillIn,

    /// <summary>Low impact, high effort: probably not.</summary>
    ThanklessTask,
}

/// <summary>Places a rated initiative in the matrix.</summary>
public static class ImpactEffortMatrix
{
    /// <summary>Ratings at or above this (on 1..5) count as high.</summary>
    public const int High = 3;

    /// <summary>The quadrant for an impact and effort rating.</summary>
    public static MatrixQuadrant QuadrantOf(int impact, int effort) => (impact >= High, effort >= High) switch
    {
        (true, false) => MatrixQuadrant.QuickWin,
        (true, true) => MatrixQuadrant.MajorProject,
        (false, false) => MatrixQuadrant.FillIn,
        (false, true) => MatrixQuadrant.ThanklessTask,
    };
}
