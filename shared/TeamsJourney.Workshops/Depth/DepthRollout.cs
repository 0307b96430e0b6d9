using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Depth;

/// <summary>
/// The one way depth settings change: check the facilitator, store the new settings, then switch every running
/// group whose depth or lanes differ from what the settings now give it. Each group's switch is its own write
/// with its own idempotency key, so a redelivered command switches nobody twice.
/// </summary>
internal sealed class DepthRollout(WorkshopRepository repository, GroupConversations conversations, RunGroupCommand commands, TimeProvider time)
{
    public async Task<DepthChangeResult> ChangeAsync(
        string workshopId,
        Participant facilitator,
        Func<DepthSettings, DepthSettings> change,
        Func<ConversationGroup, bool> concerns,
        Func<string, string> conversationOfGroup,
        string deliveryKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var stored = await repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return new DepthChangeResult(DepthChangeOutcome.NoWorkshop, DepthSettings.Default, []);
        }

        if (!stored.Workshop.IsFacilitator(facilitator.UserId))
        {
            return new DepthChangeResult(DepthChangeOutcome.NotFacilitator, await repository.LoadDepthSettingsAsync(workshopId, cancellationToken), []);
        }

        DepthSettings settings;
        try
        {
            settings = await repository.UpdateDepthSettingsAsync(workshopId, change, time.GetUtcNow(), cancellationToken);
        }
        catch (DomainValidationException ex)
        {
            return new DepthChangeResult(DepthChangeOutcome.Invalid, await repository.LoadDepthSettingsAsync(workshopId, cancellationToken), [], ex.Message);
        }

        var switched = new List<GroupDepthSwitch>();
        foreach (var group in await conversations.ListAsync(stored.Workshop, conversationOfGroup, cancellationToken))
        {
            var session = await conversations.LoadSessionAsync(group, cancellationToken);
            var wanted = settings.ChoiceFor(group.GroupName);
            if (session is null || session.IsFinished || session.Depth.Equals(wanted) || !concerns(group))
            {
                continue;
            }

            var result = await commands.RunAsync(group, new ChooseDepth(wanted), facilitator, $"{deliveryKey}:depth:{group.GroupId}", cancellationToken: cancellationToken);
            switched.Add(new GroupDepthSwitch(group, result));
        }

        return new DepthChangeResult(DepthChangeOutcome.Changed, settings, switched);
    }
}
