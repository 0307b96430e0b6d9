namespace TeamsJourney.Storage;

/// <summary>
/// The sizes every <see cref="IWorkshopStore"/> accepts. They are set by the tightest backend (Azure Tables)
/// and enforced by all of them, so data written to SQLite can always move to Tables.
/// </summary>
internal static class StorageLimits
{
    /// <summary>Longest id (workshop, stream, tenant, conversation, idempotency key, event type, actor).</summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// Longest UTF-8 form of an id that is stored base64url-encoded as a table key (conversation and tenant ids,
    /// idempotency keys): 384 bytes encode to 512 characters, the 1 KiB key limit of Azure Tables.
    /// </summary>
    public const int MaxEncodedIdUtf8Bytes = 384;

    /// <summary>Longest event payload: Azure Tables keeps at most 64 KiB (32 K UTF-16 units) in a string property.</summary>
    public const int MaxEventDataLength = 30_000;

    /// <summary>
    /// Most events in one append: an Azure Tables entity-group transaction holds at most 100 operations and an
    /// append also writes the workshop head, the stream head and the idempotency row.
    /// </summary>
    public const int MaxEventsPerAppend = 90;

    /// <summary>
    /// Most payload characters in one append: an entity-group transaction body is at most 4 MiB and the JSON
    /// wire form can take up to six bytes per character once escaped.
    /// </summary>
    public const int MaxAppendDataLength = 600_000;

    /// <summary>Longest workshop title.</summary>
    public const int MaxTitleLength = 1_000;

    /// <summary>Longest service URL of a conversation binding.</summary>
    public const int MaxServiceUrlLength = 2_048;
}
