using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

/// <summary>Maps the store's records to and from table entities; property names are part of the stored format.</summary>
internal static class WorkshopEntities
{
    /// <summary>
    /// The head row property naming the layout of the partition's event rows: <see cref="CurrentEventLayout"/> for rows
    /// keyed by stream and version; absent on partitions written in the <see cref="SequenceLayout"/>.
    /// </summary>
    public const string EventLayoutProperty = "EventLayout";

    /// <summary>Event rows keyed "event|" + encoded stream id + "|" + version, no workshop-wide sequence.</summary>
    public const int CurrentEventLayout = 2;

    public static TableEntity ToHeadEntity(WorkshopHeader header)
    {
        var entity = new TableEntity(header.WorkshopId, TableKeys.WorkshopHeadRow) { [EventLayoutProperty] = CurrentEventLayout };
        AddHeaderProperties(entity, header);
        return entity;
    }

    /// <summary>True when the head row says its partition's events are in the current layout.</summary>
    public static bool HasCurrentEventLayout(TableEntity head) => head.GetInt32(EventLayoutProperty) >= CurrentEventLayout;

    public static TableEntity ToIndexEntity(WorkshopHeader header)
    {
        var entity = new TableEntity(TableKeys.Encode(header.TenantId), header.WorkshopId) { ["WorkshopId"] = header.WorkshopId };
        AddHeaderProperties(entity, header);
        return entity;
    }

    public static WorkshopHeader ToHeader(TableEntity entity) => new(
        entity.RowKey == TableKeys.WorkshopHeadRow ? entity.PartitionKey : RequireString(entity, "WorkshopId"),
        RequireString(entity, "TenantId"),
        entity.GetString("TeamId"),
        entity.GetString("ChannelId"),
        RequireString(entity, "Title"),
        RoundTripTime.Parse(RequireString(entity, "CreatedAt")));

    public static TableEntity ToEventEntity(string workshopId, string streamId, long streamVersion, NewEvent e)
    {
        var entity = new TableEntity(workshopId, TableKeys.EventRow(streamId, streamVersion))
        {
            ["StreamId"] = streamId,
            ["StreamVersion"] = streamVersion,
            ["Type"] = e.Type,
            ["Data"] = e.Data,
            ["OccurredAt"] = RoundTripTime.Format(e.OccurredAt),
        };
        SetIfNotNull(entity, "ActorId", e.ActorId);
        return entity;
    }

    public static StoredEvent ToStoredEvent(TableEntity entity) => new(
        entity.PartitionKey,
        RequireString(entity, "StreamId"),
        RequireInt64(entity, "StreamVersion"),
        RequireString(entity, "Type"),
        RequireString(entity, "Data"),
        entity.GetString("ActorId"),
        RoundTripTime.Parse(RequireString(entity, "OccurredAt")));

    public static TableEntity ToConversationEntity(ConversationBinding binding)
    {
        var entity = new TableEntity(TableKeys.Encode(binding.ConversationId), TableKeys.ConversationRow)
        {
            ["ConversationId"] = binding.ConversationId,
            ["WorkshopId"] = binding.WorkshopId,
            ["StreamId"] = binding.StreamId,
            ["ServiceUrl"] = binding.ServiceUrl,
        };
        SetIfNotNull(entity, "CardActivityId", binding.CardActivityId);
        SetIfNotNull(entity, "TenantId", binding.TenantId);
        return entity;
    }

    public static ConversationBinding ToConversationBinding(TableEntity entity) => new(
        RequireString(entity, "ConversationId"),
        RequireString(entity, "WorkshopId"),
        RequireString(entity, "StreamId"),
        RequireString(entity, "ServiceUrl"),
        entity.GetString("CardActivityId"),
        entity.GetString("TenantId"));

    public static long RequireInt64(TableEntity entity, string property) =>
        entity.GetInt64(property) ?? throw Corrupt(entity, property);

    private static void AddHeaderProperties(TableEntity entity, WorkshopHeader header)
    {
        entity["TenantId"] = header.TenantId;
        entity["Title"] = header.Title;
        entity["CreatedAt"] = RoundTripTime.Format(header.CreatedAt);
        SetIfNotNull(entity, "TeamId", header.TeamId);
        SetIfNotNull(entity, "ChannelId", header.ChannelId);
    }

    // Absent rather than null: the Table service stores no nulls, so a missing property reads back as null.
    private static void SetIfNotNull(TableEntity entity, string property, string? value)
    {
        if (value is not null)
        {
            entity[property] = value;
        }
    }

    public static string RequireString(TableEntity entity, string property) =>
        entity.GetString(property) ?? throw Corrupt(entity, property);

    private static InvalidDataException Corrupt(TableEntity entity, string property) =>
        new($"Stored row '{entity.PartitionKey}'/'{entity.RowKey}' has no {property} property; it was not written by this store.");
}
