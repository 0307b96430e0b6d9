namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    /// <inheritdoc />
    public async Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireBinding(binding);
        await using var connection = await OpenWriterAsync(cancellationToken);
        var command = connection.Command(
            null,
            """
            INSERT INTO conversations (conversation_id, workshop_id, stream_id, service_url, card_activity_id, tenant_id)
            VALUES ($conversation, $workshop, $stream, $serviceUrl, $cardActivity, $tenant)
            ON CONFLICT (conversation_id) DO UPDATE SET
                workshop_id = excluded.workshop_id,
                stream_id = excluded.stream_id,
                service_url = excluded.service_url,
                card_activity_id = excluded.card_activity_id,
                tenant_id = excluded.tenant_id
            """,
            ("$conversation", binding.ConversationId),
            ("$workshop", binding.WorkshopId),
            ("$stream", binding.StreamId),
            ("$serviceUrl", binding.ServiceUrl),
            ("$cardActivity", binding.CardActivityId),
            ("$tenant", binding.TenantId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            """
            SELECT conversation_id, workshop_id, stream_id, service_url, card_activity_id, tenant_id
            FROM conversations WHERE conversation_id = $conversation
            """,
            ("$conversation", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ConversationBinding(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetNullableString(4),
            reader.GetNullableString(5));
    }

    /// <inheritdoc />
    public async Task RememberConversationMemberAsync(string conversationId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        StoreArguments.RequireEncodedId(userId, nameof(userId));
        await using var connection = await OpenWriterAsync(cancellationToken);

        // An older sighting arriving late never moves a person down.
        var command = connection.Command(
            null,
            """
            INSERT INTO conversation_members (conversation_id, user_id, seen_at_utc_ticks)
            VALUES ($conversation, $user, $seen)
            ON CONFLICT (conversation_id, user_id) DO UPDATE SET
                seen_at_utc_ticks = max(seen_at_utc_ticks, excluded.seen_at_utc_ticks)
            """,
            ("$conversation", conversationId),
            ("$user", userId),
            ("$seen", seenAt.UtcTicks));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListConversationMembersAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(conversationId, nameof(conversationId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command(
            null,
            """
            SELECT user_id FROM conversation_members WHERE conversation_id = $conversation
            ORDER BY seen_at_utc_ticks DESC, user_id LIMIT $max
            """,
            ("$conversation", conversationId),
            ("$max", max));
        var members = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(reader.GetString(0));
        }

        return members;
    }
}
