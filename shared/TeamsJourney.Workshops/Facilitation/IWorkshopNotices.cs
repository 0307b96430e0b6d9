using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>A message for every group's thread: a broadcast, a time box reminder or the end of a time box.</summary>
/// <param name="Title">A short heading, e.g. "2 minutes left".</param>
/// <param name="Text">What the groups should know.</param>
public sealed record GroupNotice(string Title, string Text);

/// <summary>
/// Where the facilitation use cases tell the world what they did: the bot refreshes group cards, posts notices in
/// group threads and updates the progress card in the facilitator's thread; the tab pushes progress to open
/// consoles. Each host registers its own; the use cases call them all, so an action started from the tab, the bot
/// or a time box reaches every surface the same way.
/// </summary>
public interface IWorkshopNotices
{
    /// <summary>The facilitator changed these groups (moved, paused, resumed): refresh their live cards.</summary>
    Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken);

    /// <summary>Post <paramref name="notice"/> in each group's thread.</summary>
    Task TellGroupsAsync(IReadOnlyList<ConversationGroup> groups, GroupNotice notice, CancellationToken cancellationToken);

    /// <summary>The workshop's progress changed: refresh the progress card and any open facilitator console.</summary>
    Task ProgressChangedAsync(WorkshopProgressReport progress, CancellationToken cancellationToken);
}

/// <summary>One group's part in a facilitator action: the group, where it works, and what the engine said.</summary>
public sealed record GroupMoved(ConversationGroup Group, GroupCommandResult Result);
