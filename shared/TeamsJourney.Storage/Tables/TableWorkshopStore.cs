using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;

namespace TeamsJourney.Storage.Tables;

/// <summary>
/// <see cref="IWorkshopStore"/> on Azure Table Storage (or Azurite, or the Cosmos DB Table API). One partition per
/// workshop holds its head row (the header, never written after creation), one head row per stream (version), the
/// events keyed by stream and zero-padded version, and the recorded idempotency keys, so an append is one
/// entity-group transaction with an ETag check on its own stream's head only: appends to different streams never
/// touch the same row. Tenant listing and conversation bindings live in their own tables, keyed by base64url-encoded ids.
/// Tables are created on first use.
/// </summary>
internal sealed partial class TableWorkshopStore : IWorkshopStore
{
    /// <summary>The table name prefix used when none is given.</summary>
    public const string DefaultTablePrefix = "TeamsJourney";

    private readonly TableServiceClient _service;
    private readonly TableClient _workshops;
    private readonly TableClient _workshopIndex;
    private readonly TableClient _conversations;
    private readonly TableClient _schedule;
    private readonly TableClient _audit;
    private readonly SemaphoreSlim _tablesGate = new(1, 1);
    private volatile bool _tablesReady;

    /// <summary>Connects with a storage connection string (for Azurite: the devstoreaccount1 string).</summary>
    public TableWorkshopStore(string connectionString, string tablePrefix = DefaultTablePrefix)
        : this(new TableServiceClient(RequireConnectionString(connectionString)), tablePrefix)
    {
    }

    /// <summary>Uses an existing service client (for example one built with a managed identity credential).</summary>
    /// <param name="service">The Table service to use.</param>
    /// <param name="tablePrefix">Letters and digits, starting with a letter, at most 49 characters; prefixes the four table names.</param>
    public TableWorkshopStore(TableServiceClient service, string tablePrefix = DefaultTablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!IsValidTablePrefix(tablePrefix))
        {
            throw new ArgumentException(
                $"Table prefix '{tablePrefix}' is not valid: use 1 to 49 letters and digits, starting with a letter.",
                nameof(tablePrefix));
        }

        _service = service;
        WorkshopsTableName = tablePrefix + "Workshops";
        WorkshopIndexTableName = tablePrefix + "WorkshopIndex";
        ConversationsTableName = tablePrefix + "Conversations";
        ScheduleTableName = tablePrefix + "Schedule";
        _workshops = service.GetTableClient(WorkshopsTableName);
        _workshopIndex = service.GetTableClient(WorkshopIndexTableName);
        _conversations = service.GetTableClient(ConversationsTableName);
        _schedule = service.GetTableClient(ScheduleTableName);
        AuditTableName = tablePrefix + "Audit";
        _audit = service.GetTableClient(AuditTableName);
    }

    /// <summary>The table holding one partition per workshop.</summary>
    public string WorkshopsTableName { get; }

    /// <summary>The table listing workshops by tenant.</summary>
    public string WorkshopIndexTableName { get; }

    /// <summary>The table of conversation bindings.</summary>
    public string ConversationsTableName { get; }

    /// <summary>The table of when workshops next need a timer (time box reminders and ends).</summary>
    public string ScheduleTableName { get; }

    /// <summary>The table of audit trails, one partition per workshop; it outlives the workshops it describes.</summary>
    public string AuditTableName { get; }

    /// <summary>True when <paramref name="tablePrefix"/> keeps every table name within Azure's rules (^[A-Za-z][A-Za-z0-9]{2,62}$).</summary>
    public static bool IsValidTablePrefix(string? tablePrefix) =>
        tablePrefix is not null && Regex.IsMatch(tablePrefix, "^[A-Za-z][A-Za-z0-9]{0,48}$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public async Task<bool> TryCreateWorkshopAsync(WorkshopHeader header, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireHeader(header);
        await EnsureTablesAsync(cancellationToken);
        var head = WorkshopEntities.ToHeadEntity(header);
        try
        {
            await _workshops.AddEntityAsync(head, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The two tables cannot share a transaction: if an earlier create of this same workshop stopped after
            // the head row, re-creating it with the same header repairs the listing row.
            if (await GetWorkshopAsync(header.WorkshopId, cancellationToken) == header)
            {
                await _workshopIndex.UpsertEntityAsync(WorkshopEntities.ToIndexEntity(header), TableUpdateMode.Replace, cancellationToken);
            }

            return false;
        }

        RememberCurrentLayout(header.WorkshopId);
        await _workshopIndex.UpsertEntityAsync(WorkshopEntities.ToIndexEntity(header), TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> TryCreateWorkshopAsync(
        WorkshopHeader header, string streamId, IReadOnlyList<NewEvent> firstEvents, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireHeader(header);
        StoreArguments.RequireAppend(header.WorkshopId, streamId, 0, firstEvents, null);
        await EnsureTablesAsync(cancellationToken);

        // The head row, the stream head and the first events share the workshop's partition, so they are one
        // entity-group transaction: a crash leaves either all of them or none.
        var head = WorkshopEntities.ToHeadEntity(header);
        var actions = new List<TableTransactionAction>(firstEvents.Count + 2)
        {
            new(TableTransactionActionType.Add, head),
            new(TableTransactionActionType.Add, new TableEntity(header.WorkshopId, TableKeys.StreamRow(streamId)) { ["StreamId"] = streamId, ["Version"] = (long)firstEvents.Count }),
        };
        for (var i = 0; i < firstEvents.Count; i++)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.ToEventEntity(header.WorkshopId, streamId, i + 1, firstEvents[i])));
        }

        try
        {
            await _workshops.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            await RepairIndexAsync(header.WorkshopId, cancellationToken);
            return false;
        }

        RememberCurrentLayout(header.WorkshopId);
        await _workshopIndex.UpsertEntityAsync(WorkshopEntities.ToIndexEntity(header), TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    // The index lives in another table, outside the partition's transaction: whoever finds the workshop already
    // created writes its index row again from the stored header, so a creation that stopped in between heals.
    private async Task RepairIndexAsync(string workshopId, CancellationToken cancellationToken)
    {
        if (await GetWorkshopAsync(workshopId, cancellationToken) is { } stored)
        {
            await _workshopIndex.UpsertEntityAsync(WorkshopEntities.ToIndexEntity(stored), TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<WorkshopHeader?> GetWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireKeyId(workshopId, nameof(workshopId));
        await EnsureTablesAsync(cancellationToken);
        var head = await _workshops.GetEntityIfExistsAsync<TableEntity>(
            workshopId, TableKeys.WorkshopHeadRow, cancellationToken: cancellationToken);
        return head.HasValue ? WorkshopEntities.ToHeader(head.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkshopHeader>> ListWorkshopsAsync(
        string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireEncodedId(tenantId, nameof(tenantId));
        StoreArguments.OptionalId(teamId, nameof(teamId));
        StoreArguments.OptionalId(channelId, nameof(channelId));
        await EnsureTablesAsync(cancellationToken);

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(tenantId)}");
        if (teamId is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"TeamId eq {teamId}");
        }

        if (channelId is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"ChannelId eq {channelId}");
        }

        var headers = new List<WorkshopHeader>();
        await foreach (var entity in _workshopIndex.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            headers.Add(WorkshopEntities.ToHeader(entity));
        }

        // Same order as the SQLite store: oldest first, ties by id.
        return headers
            .OrderBy(h => h.CreatedAt.UtcTicks)
            .ThenBy(h => h.WorkshopId, StringComparer.Ordinal)
            .ToList();
    }

    private static string RequireConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return connectionString;
    }

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (_tablesReady)
        {
            return;
        }

        await _tablesGate.WaitAsync(cancellationToken);
        try
        {
            if (!_tablesReady)
            {
                await _service.CreateTableIfNotExistsAsync(WorkshopsTableName, cancellationToken);
                await _service.CreateTableIfNotExistsAsync(WorkshopIndexTableName, cancellationToken);
                await _service.CreateTableIfNotExistsAsync(ConversationsTableName, cancellationToken);
                await _service.CreateTableIfNotExistsAsync(ScheduleTableName, cancellationToken);
                await _service.CreateTableIfNotExistsAsync(AuditTableName, cancellationToken);
                _tablesReady = true;
            }
        }
        finally
        {
            _tablesGate.Release();
        }
    }
}
