using System.Diagnostics.CodeAnalysis;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>The outcome of <see cref="ActivityParser"/>: either an activity or a reason it could not be read.</summary>
public sealed record ActivityParseResult
{
    private ActivityParseResult(Activity? activity, string? error)
    {
        Activity = activity;
        Error = error;
    }

    /// <summary>The parsed activity when <see cref="Succeeded"/>.</summary>
    public Activity? Activity { get; }

    /// <summary>Why parsing failed, fit to show to the caller.</summary>
    public string? Error { get; }

    /// <summary>Whether an activity with a type was read.</summary>
    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Activity is not null;

    internal static ActivityParseResult Success(Activity activity) => new(activity, null);

    internal static ActivityParseResult Failure(string error) => new(null, error);
}
