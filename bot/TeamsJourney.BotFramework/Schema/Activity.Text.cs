using System.Net;
using System.Text.RegularExpressions;

namespace TeamsJourney.BotFramework.Schema;

public sealed partial class Activity
{
    // Teams puts CR/LF, spaces and no-break spaces around the mention and the typed text.
    private static readonly char[] TrimmedCharacters = [' ', '\r', '\n', '\t', '\u00A0'];

    /// <summary>All well-formed mention entities of this activity (null entries and malformed mentions are skipped).</summary>
    public IReadOnlyList<Mention> GetMentions() =>
        Entities is null ? [] : [.. Entities.OfType<Entity>().Select(entity => entity.AsMention()).OfType<Mention>()];

    /// <summary>
    /// The text the user typed, as plain text: the bot's own mention removed (the mention entity whose
    /// mentioned id is the recipient), simple HTML tags dropped, HTML entities decoded, and whitespace
    /// (including U+00A0) trimmed. Empty when there is no text.
    /// </summary>
    public string GetTextWithoutMention()
    {
        if (string.IsNullOrEmpty(Text))
        {
            return string.Empty;
        }

        var text = Text;
        var botId = Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in GetMentions())
            {
                if (string.Equals(mention.Mentioned.Id, botId, StringComparison.OrdinalIgnoreCase)
                    && !string.IsNullOrEmpty(mention.Text))
                {
                    text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        // Tags are dropped before decoding so that a user who typed "&lt;b&gt;" keeps the literal "<b>".
        text = SimpleTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return CollapsedBlanks().Replace(text.Trim(TrimmedCharacters), " ");
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s+[^<>]*)?\s*/?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SimpleTag();

    // Removing a mention or tag in the middle leaves doubled blanks behind.
    [GeneratedRegex(@"[ \u00A0]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CollapsedBlanks();
}
