using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Groups;

/// <summary>
/// Queries and small writes about the conversations groups work in: which group a conversation holds, the
/// group's state, whether a delivery was already handled, and which message is the group's live card.
/// </summary>
public sealed class GroupConversations
{
    /// <summary>Teams refreshes a card automatically for at most this many people, so a group remembers that many.</summary>
    public const int MaxRememberedMembers = 60;

    // A person acting again within this time is not written again: the order of the 60 barely changes.
    private static readonly TimeSpan MemberRewriteInterval = TimeSpan.FromMinutes(5);

    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;
    // The members read for a card's refresh.userIds, kept for a little while: every press answers with a card
    // that names them, and the list changes only when someone new acts (remembered here at once; other
    // instances' new members show within the interval).
    private static readonly TimeSpan MembersRereadInterval = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<(string Conversation, string User), DateTimeOffset> _recentlyRemembered = new();
    private readonly ConcurrentDictionary<string, RecentMembers> _members = new(StringComparer.Ordinal);
    private readonly SharedReads<string> _memberReads = new();

    internal GroupConversations(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>
    /// Remembers that <paramref name="teamsUserId"/> (the <c>29:...</c> id Teams addresses card refreshes to) acts in
    /// the group's conversation, so the group's card refreshes to their own view for them.
    /// </summary>
    public async Task RememberMemberAsync(ConversationGroup group, string teamsUserId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamsUserId);
        var now = _time.GetUtcNow();
        var key = (group.Conversation.ConversationId, teamsUserId);
        if (_recentlyRemembered.TryGetValue(key, out var last) && now - last < MemberRewriteInterval)
        {
            return;
        }

        await _repository.RememberConversationMemberAsync(group.Conversation.ConversationId, teamsUserId, now, cancellationToken);
        _recentlyRemembered[key] = now;
        if (_members.TryGetValue(group.Conversation.ConversationId, out var known) && !known.UserIds.Contains(teamsUserId, StringComparer.Ordinal))
        {
            // Someone new: the most recently seen come first, as the store lists them.
            _members.TryUpdate(group.Conversation.ConversationId, known with { UserIds = [teamsUserId, .. known.UserIds.Take(MaxRememberedMembers - 1)] }, known);
        }

        if (_recentlyRemembered.Count > 50_000)
        {
            // Only a write saver: forgetting it costs one more write per person.
            _recentlyRemembered.Clear();
        }
    }

    /// <summary>The Teams user ids of the group's most recently active members, at most <see cref="MaxRememberedMembers"/>.</summary>
    public async Task<IReadOnlyList<string>> MembersAsync(ConversationGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        var conversationId = group.Conversation.ConversationId;
        var now = _time.GetUtcNow();
        if (_members.TryGetValue(conversationId, out var known) && now - known.ReadAt < MembersRereadInterval)
        {
            return known.UserIds;
        }

        // The group's turns that find the list old at the same moment share one read of it.
        var members = await _memberReads.ReadAsync(
            conversationId, () => _repository.ListConversationMembersAsync(conversationId, MaxRememberedMembers, CancellationToken.None), cancellationToken);
        if (_members.Count > 50_000)
        {
            // Only a read saver: forgetting costs one more read per group.
            _members.Clear();
        }

        _members[conversationId] = new RecentMembers(members, now);
        return members;
    }

    private sealed record RecentMembers(IReadOnlyList<string> UserIds, DateTimeOffset ReadAt);

    /// <summary>
    /// A group is one conversation (a channel thread or a chat), so its id is the conversation id in a key-safe
    /// spelling; it reads back (<see cref="ConversationIdOf"/>) whenever a facilitator action, the tab's console or
    /// a time box has to reach every group's thread.
    /// </summary>
    public static string GroupIdOf(string conversationId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(conversationId));

    /// <summary>The conversation a group id was made from (see <see cref="GroupIdOf"/>).</summary>
    public static string ConversationIdOf(string groupId) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(groupId));

    /// <summary>
    /// The conversations of every group of a workshop that has one, in the workshop's group order. A group whose
    /// id was not made from a conversation (seeded, or made outside Teams) has none.
    /// </summary>
    internal Task<IReadOnlyList<ConversationGroup>> ListAsync(Domain.Workshops.Workshop workshop, CancellationToken cancellationToken) =>
        ListAsync(workshop, id => Base64Url.IsValid(id) ? ConversationIdOf(id) : null, cancellationToken);

    /// <summary>The group the conversation holds, or null when it is not a workshop group.</summary>
    public async Task<ConversationGroup?> FindAsync(string? conversationId, CancellationToken cancellationToken = default)
    {
        // Routing a turn: what this instance read or wrote within the last moment will do (decisions read afresh).
        if (string.IsNullOrEmpty(conversationId) || await _repository.FindRecentConversationAsync(conversationId, cancellationToken) is not { } binding)
        {
            return null;
        }

        var workshop = await _repository.LoadRecentWorkshopAsync(binding.WorkshopId, cancellationToken);
        return workshop is null || WorkshopStreams.GroupIdOf(binding.StreamId) is not { } groupId
            ? null
            : new ConversationGroup(workshop.Workshop, groupId, ToConversation(binding));
    }

    /// <summary>The group's session as stored now, or null when it has not started.</summary>
    public Task<GroupSession?> LoadSessionAsync(ConversationGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        return _repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
    }

    /// <summary>True when this delivery (a Teams activity id in its conversation) was already applied to the workshop.</summary>
    public Task<bool> WasDeliveredAsync(string workshopId, string deliveryKey, CancellationToken cancellationToken = default) =>
        _repository.HasProcessedAsync(workshopId, deliveryKey, cancellationToken);

    /// <summary>Remembers <paramref name="cardActivityId"/> as the group's live card, to update from now on.</summary>
    public async Task<ConversationGroup> RememberCardAsync(ConversationGroup group, string cardActivityId, string? serviceUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        var conversation = group.Conversation with
        {
            CardActivityId = cardActivityId,
            ServiceUrl = string.IsNullOrEmpty(serviceUrl) ? group.Conversation.ServiceUrl : serviceUrl,
        };
        if (conversation != group.Conversation)
        {
            await _repository.SaveConversationAsync(ToBinding(group.WorkshopId, group.GroupId, conversation), cancellationToken);
        }

        return group with { Conversation = conversation };
    }

    /// <summary>The conversations of every group of a workshop that has one, in the workshop's group order.</summary>
    internal async Task<IReadOnlyList<ConversationGroup>> ListAsync(Domain.Workshops.Workshop workshop, Func<string, string?> conversationIdOf, CancellationToken cancellationToken)
    {
        var groups = new List<ConversationGroup>();
        foreach (var member in workshop.Groups)
        {
            if (conversationIdOf(member.Id) is { Length: > 0 } conversationId
                && await _repository.FindConversationAsync(conversationId, cancellationToken) is { } binding
                && binding.WorkshopId == workshop.Id)
            {
                groups.Add(new ConversationGroup(workshop, member.Id, ToConversation(binding)));
            }
        }

        return groups;
    }

    internal static ConversationBinding ToBinding(string workshopId, string groupId, GroupConversation conversation) =>
        new(conversation.ConversationId, workshopId, WorkshopStreams.ForGroup(groupId), conversation.ServiceUrl, conversation.CardActivityId, conversation.TenantId);

    private static GroupConversation ToConversation(ConversationBinding binding) =>
        new(binding.ConversationId, binding.ServiceUrl, binding.CardActivityId, binding.TenantId);
}
