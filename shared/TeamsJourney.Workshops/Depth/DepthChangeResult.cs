using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Workshops.Depth;

/// <summary>How a change of depth or blueprint lanes ended.</summary>
public enum DepthChangeOutcome
{
    /// <summary>Stored; running groups it concerns were switched (see <see cref="DepthChangeResult.Groups"/>).</summary>
    Changed,

    /// <summary>Only the workshop's facilitators change depths; nothing was stored.</summary>
    NotFacilitator,

    /// <summary>There is no workshop here yet; nothing was stored.</summary>
    NoWorkshop,

    /// <summary>A value was refused (see <see cref="DepthChangeResult.Problem"/>); nothing was stored.</summary>
    Invalid,
}

/// <summary>A running group the change switched, and what the engine said (it refuses for a finished group).</summary>
public sealed record GroupDepthSwitch(ConversationGroup Group, GroupCommandResult Result);

/// <summary>What a change of depth did: the settings as they now stand and the running groups it switched.</summary>
/// <param name="Outcome">Whether it was stored.</param>
/// <param name="Settings">The workshop's settings after the change (before it, when refused).</param>
/// <param name="Groups">Running groups whose depth or lanes changed with it; groups that start later read the settings.</param>
/// <param name="Problem">Why a value was refused.</param>
public sealed record DepthChangeResult(DepthChangeOutcome Outcome, DepthSettings Settings, IReadOnlyList<GroupDepthSwitch> Groups, string? Problem = null);
