using System.Text;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Turns a requested name into one every store accepts: no path separators (so no traversal), none of the characters
/// SharePoint, OneDrive and Windows refuse, no device names, no hidden or Office lock-file look, and a bounded length.
/// </summary>
internal static class PublishedFileName
{
    // Linux allows 255 bytes per name; the headroom leaves space for a PDF copy's or a temporary name's suffix.
    private const int MaxUtf8Bytes = 200;
    private const char Replacement = '_';
    private const string InvalidCharacters = "\"*:<>?/\\|";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The cleaned name; <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string Sanitize(string requested, string fallback = "document")
    {
        ArgumentNullException.ThrowIfNull(requested);
        var builder = new StringBuilder(requested.Length);
        foreach (var c in requested)
        {
            builder.Append(char.IsControl(c) || InvalidCharacters.Contains(c, StringComparison.Ordinal) ? Replacement : c);
        }

        // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows and refused by SharePoint.
        var name = builder.ToString().Trim().TrimStart('.').TrimEnd('.', ' ').Trim();
        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            name = string.Concat("_", name.AsSpan(2));
        }

        // SharePoint refuses names containing "_vti_" (its own reserved folders).
        name = name.Replace("_vti_", "_vti-", StringComparison.OrdinalIgnoreCase);
        if (name.Length == 0)
        {
            return fallback;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        if (DeviceNames.Contains(stem))
        {
            stem = Replacement + stem;
        }

        return Truncate(stem, extension);
    }

    private static string Truncate(string stem, string extension)
    {
        if (Encoding.UTF8.GetByteCount(extension) > MaxUtf8Bytes / 2)
        {
            // An absurd "extension" is just part of the name.
            stem += extension;
            extension = string.Empty;
        }

        var budget = MaxUtf8Bytes - Encoding.UTF8.GetByteCount(extension);
        if (Encoding.UTF8.GetByteCount(stem) <= budget)
        {
            return stem + extension;
        }

        var length = 0;
        var bytes = 0;
        while (length < stem.Length)
        {
            // Never split a surrogate pair.
            var step = char.IsHighSurrogate(stem[length]) && length + 1 < stem.Length ? 2 : 1;
            var stepBytes = Encoding.UTF8.GetByteCount(stem.AsSpan(length, step));
            if (bytes + stepBytes > budget)
            {
                break;
            }

            bytes += stepBytes;
            length += step;
        }

        return stem[..length].TrimEnd('.', ' ') + extension;
    }
}
