using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Depth;

/// <summary>
/// A facilitator gives one group a depth of its own, by the group's name: a running group switches at the stage it
/// is on; a name no group has yet applies when a group of that name starts.
/// </summary>
public sealed class SetGroupDepth
{
    private readonly DepthRollout _rollout;

    internal SetGroupDepth(DepthRollout rollout) => _rollout = rollout;

    /// <summary>Sets the group's depth; <paramref name="conversationOfGroup"/> names the conversation of a group id.</summary>
    public Task<DepthChangeResult> SetAsync(
        string workshopId,
        Participant facilitator,
        string groupName,
        ScenarioDepth depth,
        Func<string, string> conversationOfGroup,
        string deliveryKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        var name = groupName.Trim();
        return _rollout.ChangeAsync(
            workshopId,
            facilitator,
            s => s.ForGroup(name, depth),
            g => string.Equals(g.GroupName, name, StringComparison.OrdinalIgnoreCase),
            conversationOfGroup,
            deliveryKey,
            cancellationToken);
    }
}
