using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace TeamsJourney.Storage.Tables;

/// <summary>
/// Row keys of the workshop partition and the encoding of ids that may hold characters Azure Tables refuses in keys.
/// Each row kind has a prefix so one range query reads one kind; '}' follows '|' so "kind}" ends the range.
/// </summary>
internal static class TableKeys
{
    public const string WorkshopHeadRow = "workshop";
    public const string ConversationRow = "binding";

    private const string DeliveryPrefix = "delivery|";
    private const string LeasePrefix = "lease|";

    private const string StreamPrefix = "stream|";
    private const string MemberPrefix = "member|";
    private const string EventPrefix = "event|";
    private const string IdempotencyPrefix = "idem|";

    public static string StreamRow(string streamId) => StreamPrefix + streamId;

    public static string StreamRangeStart => StreamPrefix;

    /// <summary>A person seen in a conversation: a row beside the conversation's binding, in the same partition.</summary>
    public static string MemberRow(string userId) => MemberPrefix + Encode(userId);

    public static string MemberRangeStart => MemberPrefix;

    public static string MemberRangeEnd => "member}";

    public static string StreamRangeEnd => "stream}";

    /// <summary>
    /// An event's row: "event|" + the encoded stream id + "|" + the zero-padded stream version, so one stream's events
    /// are one contiguous key range in version order (the encoding has no '|', so no stream's range holds another's).
    /// </summary>
    public static string EventRow(string streamId, long streamVersion) =>
        EventPrefix + Encode(streamId) + "|" + streamVersion.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Just above every event row of the stream ('}' follows '|' and every digit).</summary>
    public static string StreamEventsEnd(string streamId) => EventPrefix + Encode(streamId) + "}";

    public static string EventRangeStart => EventPrefix;

    public static string EventRangeEnd => "event}";

    public static string IdempotencyRow(string idempotencyKey) => IdempotencyPrefix + Encode(idempotencyKey);

    /// <summary>A named lease of a workshop: a row in the workshop's partition.</summary>
    public static string LeaseRow(string leaseName) => LeasePrefix + leaseName;

    /// <summary>A delivery's row in its conversation's partition of the conversations table, beside the binding.</summary>
    public static string DeliveryRow(string activityId) => DeliveryPrefix + Encode(activityId);

    /// <summary>
    /// base64url of the UTF-8 bytes: Teams conversation ids carry ':' ';' '@' '=' and may carry '/', '#' or '?',
    /// which key fields refuse; base64url's alphabet is letters, digits, '-' and '_' only.
    /// </summary>
    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));
}
