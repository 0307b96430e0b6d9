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
}
