using System.Globalization;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

/// <summary>
/// The first Tables layout of a workshop partition, which deployments up to the "no shared row" change wrote and which
/// <see cref="TableWorkshopStore"/> migrates from (never writes): the workshop head row ("workshop") carried
/// <c>LastSequence</c>, a workshop-wide, gap-free counter every append raised under the head's ETag; each event row
/// was keyed "event|" + that sequence zero-padded to 19 digits and carried <c>StreamId</c>, <c>StreamVersion</c>,
/// <c>Sequence</c>, <c>Type</c>, <c>Data</c>, <c>OccurredAt</c> and, when known, <c>ActorId</c>. Stream heads
/// ("stream|" + id, <c>Version</c>) and idempotency rows ("idem|" + encoded key, <c>StreamVersion</c>; an extra
/// <c>LastSequence</c> the current layout ignores) are the same in both layouts.
/// </summary>
internal static class SequenceLayout
{
    /// <summary>The head row property of the old layout: the workshop-wide sequence of the newest event.</summary>
    public const string LastSequenceProperty = "LastSequence";

    private const string EventPrefix = "event|";
    private const int SequenceDigits = 19;

    /// <summary>The lowest possible old event row key: sequences start at 1.</summary>
    public static string FirstEventRow => EventRow(0);

    /// <summary>The highest possible old event row key.</summary>
    public static string LastEventRow => EventPrefix + new string('9', SequenceDigits);

    /// <summary>An old event row's key: "event|" + the workshop sequence, zero-padded so key order is sequence order.</summary>
    public static string EventRow(long sequence) => EventPrefix + sequence.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>
    /// True for a row key of the old layout: "event|" and exactly 19 digits. A current event row always has a second
    /// '|' (between the encoded stream id and the version), so the two kinds can never be mistaken for each other,
    /// even when an encoded stream id happens to start with digits and so sorts inside the old key range.
    /// </summary>
    public static bool IsEventRow(string rowKey) =>
        rowKey.Length == EventPrefix.Length + SequenceDigits
        && rowKey.StartsWith(EventPrefix, StringComparison.Ordinal)
        && rowKey.AsSpan(EventPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The current-layout copy of an old event row: the same partition, the stream-and-version key, and the stored
    /// properties copied verbatim (the payload exactly as appended), without the sequence.
    /// </summary>
    public static TableEntity ToCurrentEvent(TableEntity old)
    {
        var streamId = WorkshopEntities.RequireString(old, "StreamId");
        var streamVersion = WorkshopEntities.RequireInt64(old, "StreamVersion");
        var copy = new TableEntity(old.PartitionKey, TableKeys.EventRow(streamId, streamVersion))
        {
            ["StreamId"] = streamId,
            ["StreamVersion"] = streamVersion,
            ["Type"] = WorkshopEntities.RequireString(old, "Type"),
            ["Data"] = WorkshopEntities.RequireString(old, "Data"),
            ["OccurredAt"] = WorkshopEntities.RequireString(old, "OccurredAt"),
        };
        if (old.GetString("ActorId") is { } actorId)
        {
            copy["ActorId"] = actorId;
        }

        return copy;
    }
}
