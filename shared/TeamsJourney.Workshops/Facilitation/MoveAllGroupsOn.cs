using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>One group's part in a move of every group: the group, where it works, and what the engine said.</summary>
public sealed record GroupMoved(ConversationGroup Group, GroupCommandResult Result);

/// <summary>The groups moved (or refused), or null groups when the person is not a facilitator.</summary>
public sealed record MoveAllGroupsOnResult(bool Allowed, IReadOnlyList<GroupMoved> Groups);

/// <summary>
/// A facilitator moves every group of the workshop on by one section. Each group's move is its own write (one
/// group's contention never blocks the others) with its own idempotency key, so a redelivery moves nobody twice.
/// </summary>
public sealed class MoveAllGroupsOn
{
    private readonly GroupConversations _conversations;
    private readonly RunGroupCommand _commands;

    internal MoveAllGroupsOn(GroupConversations conversations, RunGroupCommand commands)
    {
        _conversations = conversations;
        _commands = commands;
    }

    /// <summary>
    /// Moves the groups of <paramref name="workshop"/> that work in a conversation. <paramref name="conversationOfGroup"/>
    /// names the conversation of a group id (the host decides how groups and conversations map).
    /// </summary>
    public async Task<MoveAllGroupsOnResult> MoveAsync(
        Domain.Workshops.Workshop workshop, Participant facilitator, Func<string, string> conversationOfGroup, string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(facilitator);
        if (!workshop.IsFacilitator(facilitator.UserId))
        {
            return new MoveAllGroupsOnResult(false, []);
        }

        var moved = new List<GroupMoved>();
        foreach (var group in await _conversations.ListAsync(workshop, conversationOfGroup, cancellationToken))
        {
            var result = await _commands.RunAsync(group, new AdvanceAll(), facilitator, $"{deliveryKey}:{group.GroupId}", cancellationToken: cancellationToken);
            moved.Add(new GroupMoved(group, result));
        }

        return new MoveAllGroupsOnResult(true, moved);
    }
}
