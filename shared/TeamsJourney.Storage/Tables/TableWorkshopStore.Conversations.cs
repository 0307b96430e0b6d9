using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

internal sealed partial class TableWorkshopStore
{
    /// <inheritdoc />
    public async Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireBinding(binding);
        await EnsureTablesAsync(cancellationToken);

        // Replace, not merge: a binding saved without a card activity id must not keep the old one.
        await _conversations.UpsertEntityAsync(WorkshopEntities.ToConversationEntity(binding), TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        await EnsureTablesAsync(cancellationToken);
        var row = await _conversations.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(conversationId), TableKeys.ConversationRow, cancellationToken: cancellationToken);
        return row.HasValue ? WorkshopEntities.ToConversationBinding(row.Value!) : null;
    }

    /// <inheritdoc />
    public async Task RememberConversationMemberAsync(string conversationId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        StoreArguments.RequireEncodedId(userId, nameof(userId));
        await EnsureTablesAsync(cancellationToken);
        var partition = TableKeys.Encode(conversationId);
        var row = TableKeys.MemberRow(userId);

        // An older sighting arriving late never moves a person down; racing writers differ by moments only.
        var existing = await _conversations.GetEntityIfExistsAsync<TableEntity>(partition, row, ["SeenAt"], cancellationToken);
        if (existing.HasValue && existing.Value!.GetDateTimeOffset("SeenAt") is { } earlier && earlier >= seenAt)
        {
            return;
        }

        var entity = new TableEntity(partition, row) { ["UserId"] = userId, ["SeenAt"] = seenAt.ToUniversalTime() };
        await _conversations.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListConversationMembersAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await EnsureTablesAsync(cancellationToken);
        var partition = TableKeys.Encode(conversationId);
        var members = new List<(string UserId, DateTimeOffset SeenAt)>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {TableKeys.MemberRangeStart} and RowKey lt {TableKeys.MemberRangeEnd}");
        await foreach (var entity in _conversations.QueryAsync<TableEntity>(filter, select: ["UserId", "SeenAt"], cancellationToken: cancellationToken))
        {
            members.Add((WorkshopEntities.RequireString(entity, "UserId"), entity.GetDateTimeOffset("SeenAt") ?? DateTimeOffset.MinValue));
        }

        return [.. members.OrderByDescending(m => m.SeenAt).ThenBy(m => m.UserId, StringComparer.Ordinal).Take(max).Select(m => m.UserId)];
    }
}
