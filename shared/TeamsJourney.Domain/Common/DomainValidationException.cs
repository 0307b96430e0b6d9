namespace TeamsJourney.Domain.Common;

/// <summary>
/// Thrown when a value or a state change breaks a domain rule. The message is written for the
/// person who typed the value, and <see cref="Field"/> names what was wrong so a card or form
/// can point at it.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException()
        : this("value", "The value is not valid.")
    {
    }

    public DomainValidationException(string message)
        : this("value", message)
    {
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "value";
    }

    /// <summary>Creates the exception for a named field.</summary>
    /// <param name="field">The field at fault, e.g. "title" or "stages[1].name".</param>
    /// <param name="message">A sentence a user can act on.</param>
    public DomainValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The field the rule applies to.</summary>
    public string Field { get; }
}
