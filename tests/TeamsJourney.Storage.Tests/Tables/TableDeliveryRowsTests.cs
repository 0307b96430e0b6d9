using Azure.Data.Tables;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Storage.Tests.Fixtures;

namespace TeamsJourney.Storage.Tests.Tables;

/// <summary>
/// How the Table store keeps deliveries, beyond the contract: a completion is a row of its own (the claim row is never
/// updated by it), and a claim completed the earlier way (merged into the claim row) still counts as completed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableDeliveryRowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Conversation = "19:rows@thread.tacv2;messageid=1";
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    private readonly TableWorkshopStore _store = new(azurite.ConnectionString, "t" + Guid.NewGuid().ToString("N"));

    private TableClient Conversations => new TableServiceClient(azurite.ConnectionString).GetTableClient(_store.ConversationsTableName);

    [Fact]
    public async Task Completing_adds_a_completion_row_and_leaves_the_claim_row_untouched()
    {
        await _store.ClaimDeliveryAsync(Conversation, "a1", Now, Now.AddMinutes(2));
        var claimBefore = await ClaimRowAsync("a1");

        await _store.CompleteDeliveriesAsync([(Conversation, "a1")]);

        var claimAfter = await ClaimRowAsync("a1");
        Assert.Equal(claimBefore.ETag, claimAfter.ETag);
        var completion = await Conversations.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(Conversation), TableKeys.DeliveredRow("a1"));
        Assert.True(completion.HasValue);
        Assert.Equal(DeliveryClaim.Completed, await _store.ClaimDeliveryAsync(Conversation, "a1", Now.AddHours(1), Now.AddHours(1).AddMinutes(2)));
    }

    [Fact]
    public async Task A_claim_completed_the_earlier_way_stays_completed_and_is_not_released()
    {
        await _store.ClaimDeliveryAsync(Conversation, "old", Now, Now.AddMinutes(2));
        await Conversations.UpsertEntityAsync(
            new TableEntity(TableKeys.Encode(Conversation), TableKeys.DeliveryRow("old")) { ["Completed"] = true }, TableUpdateMode.Merge);

        await _store.ReleaseDeliveryAsync(Conversation, "old");

        Assert.Equal(DeliveryClaim.Completed, await _store.ClaimDeliveryAsync(Conversation, "old", Now.AddHours(1), Now.AddHours(1).AddMinutes(2)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { _store.WorkshopsTableName, _store.WorkshopIndexTableName, _store.ConversationsTableName })
        {
            await service.DeleteTableAsync(table);
        }
    }

    private async Task<TableEntity> ClaimRowAsync(string activityId) =>
        (await Conversations.GetEntityAsync<TableEntity>(TableKeys.Encode(Conversation), TableKeys.DeliveryRow(activityId))).Value;
}
