using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations;

/// <summary>Which workshop an activity means, for commands that act on "this workshop".</summary>
internal static class ActivityWorkshop
{
    /// <summary>
    /// The workshop of the activity's conversation (its group or facilitator thread), else its channel's current one.
    /// Not <see cref="TurnIdentity.WorkshopId"/>: that is only the id a channel's first group start would create.
    /// </summary>
    public static Task<string> MeantByAsync(this ChannelWorkshops channels, Activity activity, CancellationToken cancellationToken) =>
        channels.MeantByAsync(activity.Conversation?.Id, TurnIdentity.Place(activity), cancellationToken);
}
