using System.Globalization;

namespace TeamsJourney.Storage;

/// <summary>
/// Timestamps are stored as ISO 8601 round-trip text: Azure Tables keeps only UTC DateTime values, and the offset a
/// user's clock had is part of what the workshop history shows.
/// </summary>
internal static class RoundTripTime
{
    public static string Format(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
