using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Facilitation;

public sealed partial class FacilitateWorkshop
{
    // Checks the facilitator, applies the workshop-wide change (a domain refusal ends it with nothing stored), runs
    // the groups' part, then refreshes the progress everywhere.
    private async Task<FacilitationResult> ActAsync(
        string workshopId,
        Participant facilitator,
        Action<Workshop>? change,
        CancellationToken cancellationToken,
        Func<Workshop, CancellationToken, Task<FacilitationResult>> thenForGroups)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        if (await _repository.LoadWorkshopAsync(workshopId, cancellationToken) is not { } stored)
        {
            return FacilitationResult.NoWorkshop;
        }

        if (!stored.Workshop.IsFacilitator(facilitator.UserId))
        {
            return FacilitationResult.NotFacilitator;
        }

        var workshop = stored.Workshop;
        if (change is not null)
        {
            try
            {
                workshop = (await _repository.UpdateWorkshopAsync(workshopId, change, _time.GetUtcNow(), cancellationToken)).Workshop;
            }
            catch (DomainValidationException ex)
            {
                return FacilitationResult.Refused(ex.Message);
            }
        }

        var result = await thenForGroups(workshop, cancellationToken);
        var progress = await _progress.ReadAsync(workshop, cancellationToken);
        await ProgressChangedAsync(progress, cancellationToken);
        return result with { Progress = progress };
    }

    internal async Task<IReadOnlyList<GroupMoved>> RunOnEveryGroupAsync(Workshop workshop, GroupCommand command, Participant facilitator, string deliveryKey, CancellationToken cancellationToken)
    {
        var moved = new List<GroupMoved>();
        var threads = (await _conversations.ListAsync(workshop, cancellationToken)).ToDictionary(g => g.GroupId, StringComparer.Ordinal);
        foreach (var member in workshop.Groups)
        {
            // A group with no thread (made outside Teams) still moves; it only has no card to update.
            var group = threads.GetValueOrDefault(member.Id) ?? new ConversationGroup(workshop, member.Id, new GroupConversation(string.Empty, string.Empty, null, null));
            if (await _conversations.LoadSessionAsync(group, cancellationToken) is not { IsStarted: true })
            {
                continue;
            }

            var result = await _commands.RunAsync(group, command, facilitator, $"{deliveryKey}:{group.GroupId}", cancellationToken: cancellationToken);
            moved.Add(new GroupMoved(group, result));
        }

        return moved;
    }

    internal async Task<IReadOnlyList<ConversationGroup>> TellEveryGroupAsync(Workshop workshop, GroupNotice notice, CancellationToken cancellationToken)
    {
        var groups = await _conversations.ListAsync(workshop, cancellationToken);
        foreach (var notices in _notices)
        {
            await notices.TellGroupsAsync(groups, notice, cancellationToken);
        }

        return groups;
    }

    internal async Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken)
    {
        var changed = groups.Where(g => g.Result.Changed).ToList();
        foreach (var notices in _notices)
        {
            await notices.GroupsChangedAsync(changed, note, cancellationToken);
        }
    }

    internal async Task ProgressChangedAsync(WorkshopProgressReport progress, CancellationToken cancellationToken)
    {
        foreach (var notices in _notices)
        {
            await notices.ProgressChangedAsync(progress, cancellationToken);
        }
    }

    // A group that was already where the action wanted it is no failure; anything else refused is named.
    private static FacilitationResult Summary(Func<int, string> done, IReadOnlyList<GroupMoved> groups, string? tolerated = null)
    {
        var refused = groups
            .Where(g => g.Result.Outcome == GroupCommandOutcome.Rejected
                && (tolerated is null || g.Result.RejectionReason?.Contains(tolerated, StringComparison.OrdinalIgnoreCase) != true))
            .Select(g => $"{g.Group.GroupName}: {g.Result.RejectionReason}")
            .ToList();
        var message = refused.Count == 0 ? done(groups.Count) : done(groups.Count - refused.Count) + " Not moved: " + string.Join(" ", refused);
        return new FacilitationResult(FacilitationOutcome.Done, message, groups, null);
    }
}
