using System.Globalization;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Generation;

/// <summary>File names of generated documents: "&lt;workshop title&gt; - &lt;what&gt;&lt;extension&gt;", safe for every store.</summary>
internal static class GeneratedFileNames
{
    /// <summary>Longest part of the name taken from the title, so the " - report" part always survives.</summary>
    public const int MaxTitleCharacters = 120;

    public static string For(string workshopTitle, string what, string extension)
    {
        var title = PublishedFileName.Sanitize(workshopTitle ?? string.Empty, "Workshop");
        if (title.Length > MaxTitleCharacters)
        {
            // Cut on a text element boundary so no surrogate pair or combined character is split.
            var info = new StringInfo(title);
            var elements = 0;
            var length = 0;
            while (elements < info.LengthInTextElements && length + StringInfo.GetNextTextElementLength(title, length) <= MaxTitleCharacters)
            {
                length += StringInfo.GetNextTextElementLength(title, length);
                elements++;
            }

            title = title[..length].TrimEnd();
        }

        return PublishedFileName.Sanitize($"{title} - {what}{extension}", $"Workshop - {what}{extension}");
    }
}
