using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>An initiative with sanitised text and its pain point links resolved.</summary>
internal sealed record PreparedInitiative(
    int Rank,
    string Title,
    string Description,
    IReadOnlyList<PreparedItem> PainPoints,
    int Votes,
    int? Impact,
    int? Effort,
    ActionPlan? Plan)
{
    /// <summary>"Not agreed yet" stands in for every part of the plan nobody has agreed, never a guess.</summary>
    public const string NotAgreed = "not agreed yet";

    public string Owner => Plan?.Owner ?? NotAgreed;

    public string Due => Plan?.Due?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? NotAgreed;

    public string Measure => Plan?.Measure ?? NotAgreed;

    /// <summary>True when no part of the plan is agreed, so the documents can say so once for the row.</summary>
    public bool PlanNotAgreed => Plan is null || (Plan.Owner is null && Plan.Due is null && Plan.Measure is null);

    /// <summary>The quadrant of the impact/effort matrix, or null while unrated.</summary>
    public string? Quadrant => !IsRated ? null
        : HighImpact ? (HighEffort ? "Major project" : "Quick win")
        : HighEffort ? "Thankless task" : "Fill-in";

    /// <summary>Only initiatives with both scores go on the matrix; the rest are listed as not yet rated.</summary>
    public bool IsRated => Impact is not null && Effort is not null;

    // Scores of 3 and above count as high: the middle of a 1-5 scale leans towards "worth attention".
    public bool HighImpact => Impact >= 3;

    public bool HighEffort => Effort >= 3;

    public string Scores => IsRated
        ? $"{VoteText} · impact {Impact}/5 · effort {Effort}/5"
        : $"{VoteText} · impact and effort not yet rated";

    private string VoteText => $"{Votes} vote{(Votes == 1 ? string.Empty : "s")}";
}
