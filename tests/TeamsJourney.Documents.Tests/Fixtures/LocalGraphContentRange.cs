using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsJourney.Documents.Tests.Fixtures;

internal static partial class LocalGraphContentRange
{
    /// <summary>"bytes 0-25/128" as (0, 25, 128); null when the header is missing or malformed.</summary>
    public static (long Start, long End, long Total)? Parse(string? header)
    {
        var match = header is null ? null : ContentRangePattern().Match(header);
        if (match is not { Success: true })
        {
            return null;
        }

        return (
            long.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^bytes (?<start>\d+)-(?<end>\d+)/(?<total>\d+)$")]
    private static partial Regex ContentRangePattern();
}
