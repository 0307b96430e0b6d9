namespace TeamsJourney.Domain.Common;

/// <summary>
/// Identifiers are opaque strings chosen elsewhere (GUIDs, Teams ids, slugs); the domain only
/// insists that they are present, short and free of control characters so they are safe as
/// storage keys.
/// </summary>
public static class Identifier
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns the identifier or throws a <see cref="DomainValidationException"/> naming <paramref name="field"/>.</summary>
    public static string Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainValidationException(field, $"The {field} is missing.");
        }

        if (value.Length > MaxLength)
        {
            throw new DomainValidationException(field, $"The {field} is longer than {MaxLength} characters.");
        }

        // Checked on every id of every stored event a replay reads, so a span search rather than a delegate per character.
        if (value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') || value.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new DomainValidationException(field, $"The {field} contains spaces at the ends or control characters.");
        }

        return value;
    }
}
