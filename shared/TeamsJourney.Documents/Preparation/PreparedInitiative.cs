namespace TeamsJourney.Documents.Preparation;

/// <summary>An initiative with sanitised text and its pain point links resolved.</summary>
internal sealed record PreparedInitiative(
    int Rank,
    string Title,
    string Description,
    IReadOnlyList<PreparedItem> PainPoints,
    int Votes,
    int? Impact,
    int? Effort)
{
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
