using TeamsJourney.Domain.Maps;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Depth;

/// <summary>
/// A facilitator chooses which blueprint lanes every group is asked for (for example frontstage, backstage and
/// support processes only, or also physical evidence). At MVP depth they are the boxes of each blueprint card; at
/// full depth one card each. Running groups switch at once; what they captured in other lanes stays on the map.
/// </summary>
public sealed class ChooseBlueprintLanes
{
    private readonly DepthRollout _rollout;

    internal ChooseBlueprintLanes(DepthRollout rollout) => _rollout = rollout;

    /// <summary>Chooses the lanes (blueprint lanes only, at least one); <paramref name="conversationOfGroup"/> names the conversation of a group id.</summary>
    public Task<DepthChangeResult> ChooseAsync(
        string workshopId, Participant facilitator, IReadOnlyCollection<Lane> lanes, Func<string, string> conversationOfGroup, string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        return _rollout.ChangeAsync(workshopId, facilitator, s => s.WithBlueprintLanes(lanes), _ => true, conversationOfGroup, deliveryKey, cancellationToken);
    }
}
