namespace TeamsJourney.Domain.Common;

/// <summary>
/// The one rule for free text typed by workshop participants: trimmed, not empty and at most
/// <see cref="MaxLength"/> characters, so every store and document downstream can rely on it.
/// </summary>
public static class TextAnswer
{
    /// <summary>The longest text answer accepted, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>Returns the trimmed text or throws a <see cref="DomainValidationException"/> naming <paramref name="field"/>.</summary>
    public static string Require(string? value, string field, int maxLength = MaxLength)
    {
        var error = Check(value, field, maxLength);
        if (error is not null)
        {
            throw new DomainValidationException(field, error);
        }

        return value!.Trim();
    }

    /// <summary>Returns the trimmed text, <c>null</c> for blank input, or throws when too long.</summary>
    public static string? Optional(string? value, string field, int maxLength = MaxLength)
    {
        return string.IsNullOrWhiteSpace(value) ? null : Require(value, field, maxLength);
    }

    /// <summary>Returns a user-facing error for <paramref name="value"/>, or <c>null</c> when it is acceptable.</summary>
    public static string? Check(string? value, string field, int maxLength = MaxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"The {field} is empty; please type something.";
        }

        var trimmed = value.AsSpan().Trim();
        return trimmed.Length > maxLength
            ? $"The {field} is {trimmed.Length:N0} characters long; the limit is {maxLength:N0}."
            : null;
    }
}
