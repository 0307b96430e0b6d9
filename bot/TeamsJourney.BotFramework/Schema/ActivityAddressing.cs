namespace TeamsJourney.BotFramework.Schema;

/// <summary>
/// What an activity the bot answers (message, invoke, conversation or installation update) must carry: a conversation id, an http(s) serviceUrl, and (for
/// messages and invokes, which are answered in their thread) its own id; ids printable and of a sane length. The
/// channel always sends these; an activity without them is malformed (400) rather than a failure deep in a handler.
/// </summary>
public static class ActivityAddressing
{
    /// <summary>Longer ids than any channel sends are refused (Teams conversation ids are about 100-200 characters).</summary>
    public const int MaxIdLength = 1_024;

    /// <summary>Why the activity cannot be answered, or null when it can.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Types a bot does not answer (events, typing, types added later) are acknowledged and ignored as they are.
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
        {
            return null;
        }

        if (IdProblem(activity.Conversation?.Id, "conversation.id", required: true) is { } conversation)
        {
            return conversation;
        }

        var answeredInThread = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        if (IdProblem(activity.Id, "id", required: answeredInThread) is { } id)
        {
            return id;
        }

        if (IdProblem(activity.ReplyToId, "replyToId", required: false) is { } replyTo)
        {
            return replyTo;
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
            ? null
            : "The activity has no absolute http(s) 'serviceUrl' to answer to.";
    }

    private static string? IdProblem(string? id, string name, bool required)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return required ? $"The activity has no '{name}'." : null;
        }

        if (id.Length > MaxIdLength)
        {
            return $"The activity's '{name}' is {id.Length} characters; the limit is {MaxIdLength}.";
        }

        return id.Any(char.IsControl) ? $"The activity's '{name}' contains control characters." : null;
    }
}
