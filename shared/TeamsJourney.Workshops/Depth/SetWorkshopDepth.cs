using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Depth;

/// <summary>
/// A facilitator sets the depth of the whole workshop (MVP is the default). Groups that start later begin at it;
/// running groups without a depth of their own switch to it at the stage they are on, keeping what they captured.
/// </summary>
public sealed class SetWorkshopDepth
{
    private readonly DepthRollout _rollout;

    internal SetWorkshopDepth(DepthRollout rollout) => _rollout = rollout;

    /// <summary>Sets the depth; <paramref name="conversationOfGroup"/> names the conversation of a group id (the host's mapping).</summary>
    public Task<DepthChangeResult> SetAsync(
        string workshopId, Participant facilitator, ScenarioDepth depth, Func<string, string> conversationOfGroup, string deliveryKey, CancellationToken cancellationToken = default) =>
        _rollout.ChangeAsync(workshopId, facilitator, s => s.WithDepth(depth), _ => true, conversationOfGroup, deliveryKey, cancellationToken);
}
