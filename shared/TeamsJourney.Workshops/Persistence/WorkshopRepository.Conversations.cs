using System.Collections.Concurrent;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{
    private readonly ConcurrentDictionary<string, (ConversationBinding Binding, long ReadAtMilliseconds)> _bindings = new(StringComparer.Ordinal);
    private readonly SharedReads<string> _sharedBindingReads = new();

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
    public async Task<ConversationBinding?> FindConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var readAt = NowMilliseconds;
        var binding = await _store.FindConversationAsync(conversationId, cancellationToken);
        RememberBinding(conversationId, binding, readAt);
        return binding;
    }

    /// <summary>
    /// Which workshop group a Teams conversation drives, as this instance read or saved it within the last moment
    /// (see <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>): for routing a turn and showing its card.
    /// A conversation not bound yet is always asked of the store, so a group started on another instance is found at once.
    /// </summary>
    public Task<ConversationBinding?> FindRecentConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        if (!_bindings.TryGetValue(conversationId, out var seen))
        {
            return FindConversationAsync(conversationId, cancellationToken);
        }

        // A binding read too long ago: the group's turns that find that at the same moment share one read of it.
        return NowMilliseconds - seen.ReadAtMilliseconds < _recentReadMilliseconds
            ? Task.FromResult<ConversationBinding?>(seen.Binding)
            : _sharedBindingReads.ReadAsync(conversationId, () => FindConversationAsync(conversationId, CancellationToken.None), cancellationToken);
    }

    /// <summary>Saves a conversation's binding, replacing the previous one.</summary>
    public Task SaveConversationAsync(ConversationBinding binding, CancellationToken cancellationToken = default) =>
        TranslateForgettingDeletedAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(binding);
            var savedAt = NowMilliseconds;
            await _store.SaveConversationAsync(binding, cancellationToken);
            RememberBinding(binding.ConversationId, binding, savedAt);
            return true;
        });

    private void RememberBinding(string conversationId, ConversationBinding? binding, long readAtMilliseconds)
    {
        if (binding is null)
        {
            _bindings.TryRemove(conversationId, out _);
            return;
        }

        // Bounded like the stream cache; a binding dropped here is read again on its next use.
        if (_bindings.Count >= _maxCachedEntries)
        {
            _bindings.Clear();
        }

        _bindings[conversationId] = (binding, readAtMilliseconds);
    }

    // A deleted workshop's conversations are no longer bound (the store purged their bindings).
    private void ForgetBindings(string workshopId)
    {
        foreach (var (conversationId, seen) in _bindings)
        {
            if (seen.Binding.WorkshopId == workshopId)
            {
                _bindings.TryRemove(conversationId, out _);
            }
        }
    }

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
