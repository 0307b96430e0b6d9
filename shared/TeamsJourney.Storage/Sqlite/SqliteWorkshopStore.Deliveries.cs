namespace TeamsJourney.Storage.Sqlite;

internal sealed partial class SqliteWorkshopStore
{
    /// <inheritdoc />
    public async Task<DeliveryClaim> ClaimDeliveryAsync(
        string conversationId, string activityId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await using var connection = await OpenWriterAsync(cancellationToken);

        // One statement decides: a new row, or taking over an unfinished claim whose lease ran out. SQLite runs it
        // under the file's write lock, so two processes cannot both win.
        var claim = connection.Command(
            null,
            """
            INSERT INTO deliveries (conversation_id, activity_id, lease_until_utc_ticks, completed)
            VALUES ($conversation, $activity, $leaseUntil, 0)
            ON CONFLICT (conversation_id, activity_id) DO UPDATE SET lease_until_utc_ticks = excluded.lease_until_utc_ticks
            WHERE deliveries.completed = 0 AND deliveries.lease_until_utc_ticks < $now
            """,
            ("$conversation", conversationId),
            ("$activity", activityId),
            ("$leaseUntil", leaseUntil.UtcTicks),
            ("$now", now.UtcTicks));
        if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return DeliveryClaim.Claimed;
        }

        var state = connection.Command(
            null,
            "SELECT completed FROM deliveries WHERE conversation_id = $conversation AND activity_id = $activity",
            ("$conversation", conversationId),
            ("$activity", activityId));
        return await state.ExecuteScalarAsync(cancellationToken) is long completed && completed != 0
            ? DeliveryClaim.Completed
            : DeliveryClaim.InProgress;
    }

    /// <inheritdoc />
    public async Task CompleteDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await using var connection = await OpenWriterAsync(cancellationToken);
        var command = connection.Command(
            null,
            "UPDATE deliveries SET completed = 1 WHERE conversation_id = $conversation AND activity_id = $activity",
            ("$conversation", conversationId),
            ("$activity", activityId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task CompleteDeliveriesAsync(IReadOnlyList<(string ConversationId, string ActivityId)> deliveries, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDeliveries(deliveries);
        if (deliveries.Count == 0)
        {
            return;
        }

        // One transaction for the batch: one commit instead of one per turn.
        await using var connection = await OpenWriterAsync(cancellationToken);
        await using var transaction = connection.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        foreach (var (conversationId, activityId) in deliveries)
        {
            var command = connection.Command(
                transaction,
                "UPDATE deliveries SET completed = 1 WHERE conversation_id = $conversation AND activity_id = $activity",
                ("$conversation", conversationId),
                ("$activity", activityId));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task ReleaseDeliveryAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireDelivery(conversationId, activityId);
        await using var connection = await OpenWriterAsync(cancellationToken);
        var command = connection.Command(
            null,
            "DELETE FROM deliveries WHERE conversation_id = $conversation AND activity_id = $activity AND completed = 0",
            ("$conversation", conversationId),
            ("$activity", activityId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
