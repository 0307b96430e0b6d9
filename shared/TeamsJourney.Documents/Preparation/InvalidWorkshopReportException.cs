namespace TeamsJourney.Documents.Preparation;

/// <summary>Thrown before any byte is written when a report cannot be turned into documents; lists every problem found.</summary>
public sealed class InvalidWorkshopReportException : ArgumentException
{
    public InvalidWorkshopReportException(IReadOnlyList<string> problems)
        : base("The workshop report cannot be written: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    public InvalidWorkshopReportException()
        : this(["(no details)"])
    {
    }

    public InvalidWorkshopReportException(string message)
        : this([message])
    {
    }

    public InvalidWorkshopReportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>One sentence per problem, naming the group and item involved.</summary>
    public IReadOnlyList<string> Problems { get; }
}
