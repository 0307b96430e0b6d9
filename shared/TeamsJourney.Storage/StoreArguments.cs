using System.Text;

namespace TeamsJourney.Storage;

/// <summary>
/// Argument guards shared by every backend, run before any I/O so that bad input never leaves a partial write
/// and both backends refuse exactly the same things.
/// </summary>
internal static class StoreArguments
{
    /// <summary>An id used as a raw table key: Azure Tables refuses / \ # ? and control characters there.</summary>
    public static void RequireKeyId(string? value, string paramName)
    {
        RequireId(value, paramName);
        if (KeyIdProblem(value, paramName) is { } problem)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot be a raw key id (blank, too long, or a character keys refuse), or null when
    /// it can. For callers that turn untrusted input (a URL segment) into a clear 400 before reaching the store.
    /// </summary>
    public static string? KeyIdProblem(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{name} is empty.";
        }

        if (value.Length > StorageLimits.MaxIdLength)
        {
            return $"{name} is {value.Length} characters; the limit is {StorageLimits.MaxIdLength}.";
        }

        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                return $"{name} '{Printable(value)}' contains '{Printable(c.ToString())}', which ids do not allow (/ \\ # ? and control characters).";
            }
        }

        return null;
    }

    /// <summary>An id stored base64url-encoded in a table key, so any characters are allowed.</summary>
    public static void RequireEncodedId(string? value, string paramName)
    {
        RequireId(value, paramName);
        var bytes = Encoding.UTF8.GetByteCount(value!);
        if (bytes > StorageLimits.MaxEncodedIdUtf8Bytes)
        {
            throw new StorageLimitException(paramName, bytes, StorageLimits.MaxEncodedIdUtf8Bytes, "UTF-8 bytes");
        }
    }

    public static void OptionalEncodedId(string? value, string paramName)
    {
        if (value is not null)
        {
            RequireEncodedId(value, paramName);
        }
    }

    public static void RequireId(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        RequireLength(value, StorageLimits.MaxIdLength, paramName);
    }

    public static void OptionalId(string? value, string paramName)
    {
        if (value is not null)
        {
            RequireId(value, paramName);
        }
    }

    public static void RequireLength(string value, int limit, string subject)
    {
        if (value.Length > limit)
        {
            throw new StorageLimitException(subject, value.Length, limit, "characters");
        }
    }

    public static void RequireHeader(WorkshopHeader? header)
    {
        ArgumentNullException.ThrowIfNull(header);
        RequireKeyId(header.WorkshopId, nameof(header.WorkshopId));
        RequireEncodedId(header.TenantId, nameof(header.TenantId));
        OptionalId(header.TeamId, nameof(header.TeamId));
        OptionalId(header.ChannelId, nameof(header.ChannelId));
        ArgumentNullException.ThrowIfNull(header.Title, nameof(header.Title));
        RequireLength(header.Title, StorageLimits.MaxTitleLength, nameof(header.Title));
    }

    public static void RequireAppend(
        string workshopId, string streamId, long expectedStreamVersion, IReadOnlyList<NewEvent>? events, string? idempotencyKey)
    {
        RequireKeyId(workshopId, nameof(workshopId));
        RequireKeyId(streamId, nameof(streamId));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedStreamVersion);
        OptionalEncodedId(idempotencyKey, nameof(idempotencyKey));
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        if (events.Count > StorageLimits.MaxEventsPerAppend)
        {
            throw new StorageLimitException("The append", events.Count, StorageLimits.MaxEventsPerAppend, "events");
        }

        long total = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event {i + 1} is null.", nameof(events));
            RequireId(e.Type, $"Event {i + 1} type");
            OptionalId(e.ActorId, $"Event {i + 1} actor id");
            ArgumentNullException.ThrowIfNull(e.Data, $"Event {i + 1} data");
            RequireLength(e.Data, StorageLimits.MaxEventDataLength, $"Event {i + 1} ({e.Type}) data");
            total += e.Data.Length;
        }

        if (total > StorageLimits.MaxAppendDataLength)
        {
            throw new StorageLimitException("The append's event data", total, StorageLimits.MaxAppendDataLength, "characters");
        }
    }

    public static void RequireAudit(AuditEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        RequireKeyId(entry.WorkshopId, nameof(entry.WorkshopId));
        RequireEncodedId(entry.TenantId, nameof(entry.TenantId));
        RequireId(entry.Action, nameof(entry.Action));
        RequireId(entry.ActorId, nameof(entry.ActorId));
        ArgumentNullException.ThrowIfNull(entry.ActorName, nameof(entry.ActorName));
        RequireLength(entry.ActorName, StorageLimits.MaxIdLength, nameof(entry.ActorName));
        if (entry.Detail is not null)
        {
            RequireLength(entry.Detail, StorageLimits.MaxTitleLength, nameof(entry.Detail));
        }
    }

    public static void RequireBinding(ConversationBinding? binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        RequireEncodedId(binding.ConversationId, nameof(binding.ConversationId));
        RequireKeyId(binding.WorkshopId, nameof(binding.WorkshopId));
        RequireKeyId(binding.StreamId, nameof(binding.StreamId));
        ArgumentException.ThrowIfNullOrWhiteSpace(binding.ServiceUrl, nameof(binding.ServiceUrl));
        RequireLength(binding.ServiceUrl, StorageLimits.MaxServiceUrlLength, nameof(binding.ServiceUrl));
        OptionalId(binding.CardActivityId, nameof(binding.CardActivityId));
        OptionalEncodedId(binding.TenantId, nameof(binding.TenantId));
    }

    public static void RequireLease(string? workshopId, string? leaseName, string? holder)
    {
        RequireKeyId(workshopId, nameof(workshopId));
        RequireKeyId(leaseName, nameof(leaseName));
        RequireId(holder, nameof(holder));
    }

    public static void RequireDelivery(string? conversationId, string? activityId)
    {
        RequireEncodedId(conversationId, nameof(conversationId));
        RequireEncodedId(activityId, nameof(activityId));
    }

    /// <summary>Checks every delivery of a batch before any is written, so a bad one refuses the whole batch.</summary>
    public static void RequireDeliveries(IReadOnlyList<(string ConversationId, string ActivityId)> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        foreach (var (conversationId, activityId) in deliveries)
        {
            RequireDelivery(conversationId, activityId);
        }
    }

    // Control characters are shown escaped so the message itself stays printable in logs and cards.
    private static string Printable(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}
