using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    /// <summary>The workshop's header (where it lives, when it was made), or null.</summary>
    public async Task<WorkshopHeader?> FindHeaderAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        var header = await _store.GetWorkshopAsync(workshopId, cancellationToken);
        if (header is null)
        {
            // Deleted, perhaps by another instance: whatever this one still cached of it goes too.
            Forget(workshopId);
        }

        return header;
    }

    /// <summary>The tenant's workshops, oldest first, narrowed to a team or channel when given.</summary>
    public Task<IReadOnlyList<WorkshopHeader>> ListHeadersAsync(string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default) =>
        _store.ListWorkshopsAsync(tenantId, teamId, channelId, cancellationToken);

    /// <summary>Which workshop group a Teams conversation drives, or null.</summary>
    public Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _store.FindConversationAsync(conversationId, cancellationToken);

    /// <summary>Saves a conversation's binding, replacing the previous one.</summary>
    public Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default) =>
        TranslateForgettingDeletedAsync(async () =>
        {
            await _store.SaveConversationAsync(binding, cancellationToken);
            return true;
        });

    /// <summary>Remembers a person seen acting in a conversation.</summary>
    public Task RememberConversationMemberAsync(string conversationId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default) =>
        TranslateForgettingDeletedAsync(async () =>
        {
            await _store.RememberConversationMemberAsync(conversationId, userId, seenAt, cancellationToken);
            return true;
        });

    /// <summary>The people seen in a conversation, most recent first, at most <paramref name="max"/>.</summary>
    public Task<IReadOnlyList<string>> ListConversationMembersAsync(string conversationId, int max, CancellationToken cancellationToken = default) =>
        _store.ListConversationMembersAsync(conversationId, max, cancellationToken);
}
