using Microsoft.AspNetCore.SignalR;
using TeamsJourney.Tabs.Api;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// Pushes a workshop's progress to every open console over the map hub (and, with the Redis backplane, to every
/// instance's clients). Group threads are the bot's concern; the tab only shows progress.
/// </summary>
internal sealed class HubWorkshopNotices(IHubContext<MapHub> hub) : IWorkshopNotices
{
    public Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TellGroupsAsync(IReadOnlyList<ConversationGroup> groups, GroupNotice notice, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ProgressChangedAsync(WorkshopProgressReport progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);

        // Whether a reader may act is decided when they act; the pushed view shows the controls to everyone who may.
        return hub.Clients.Group(MapHubMessages.GroupFor(progress.WorkshopId))
            .SendAsync(MapHubMessages.Progress, ProgressResponse.From(progress, canFacilitate: true), cancellationToken);
    }
}
