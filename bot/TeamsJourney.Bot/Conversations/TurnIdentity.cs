using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Bot.Conversations;

/// <summary>The person a card is rendered for.</summary>
/// <param name="UserId">The id events and dots are recorded under.</param>
/// <param name="TeamsUserId">The id Teams uses for user-specific card refreshes.</param>
internal sealed record CardViewer(string UserId, string TeamsUserId);

/// <summary>The workshop-side names of the people, places and deliveries an activity carries.</summary>
internal static class TurnIdentity
{
    /// <summary>The tenant used when a local client (the Agents Playground) sends none.</summary>
    public const string LocalTenant = "local-development";

    /// <summary>
    /// The sender as the workshop knows them: their Entra object id, the same id the tab's SSO token carries, so
    /// a person's votes and facilitator rights are one whether they use the bot or the tab. Local clients without
    /// one fall back to the channel's user id.
    /// </summary>
    public static Participant Participant(Activity activity) =>
        new(UserId(activity), activity.From?.Name is { Length: > 0 } name ? name : "A participant");

    public static string UserId(Activity activity) =>
        HasText(activity.From?.AadObjectId) ? activity.From!.AadObjectId!
        : HasText(activity.From?.Id) ? activity.From!.Id!
        : "unknown-user";

    /// <summary>
    /// Who is looking at a card: the engine's user id, and the Teams id (29:...) a card refresh addresses. A sender
    /// id that is blank (hostile or broken input) falls back like a missing one, never reaching the use cases.
    /// </summary>
    public static CardViewer Viewer(Activity activity) =>
        new(UserId(activity), HasText(activity.From?.Id) ? activity.From!.Id! : UserId(activity));

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// Identifies this delivery: Teams redelivers the same activity id in the same conversation when
    /// it did not hear back in time, and that must change nothing.
    /// </summary>
    public static string DeliveryKey(Activity activity) =>
        Hash($"{activity.Conversation?.Id}|{activity.Id}");

    public static string TenantId(Activity activity) =>
        activity.GetTeamsChannelData()?.Tenant?.Id is { Length: > 0 } tenant ? tenant
        : activity.Conversation?.TenantId is { Length: > 0 } conversationTenant ? conversationTenant
        : LocalTenant;

    /// <summary>
    /// A group is one conversation (a channel thread or a chat), so its id is the conversation id in a
    /// key-safe spelling; it reads back (<see cref="ConversationIdOf"/>) when the facilitator moves every
    /// group on and each group's card is updated in its own thread.
    /// </summary>
    public static string GroupId(string conversationId) => GroupConversations.GroupIdOf(conversationId);

    public static string ConversationIdOf(string groupId) => GroupConversations.ConversationIdOf(groupId);

    /// <summary>The conversation a group id spells, or null for an id that is not one of ours (e.g. a tab-made group).</summary>
    public static string? TryConversationIdOf(string groupId)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(groupId.Length)];
        return Base64Url.TryDecodeFromChars(groupId, bytes, out var written) && written > 0
            ? Encoding.UTF8.GetString(bytes, 0, written)
            : null;
    }

    /// <summary>One workshop per channel (every thread a group), or per chat outside channels.</summary>
    public static string WorkshopId(Activity activity)
    {
        var channelData = activity.GetTeamsChannelData();
        var place = channelData?.Channel?.Id is { Length: > 0 } channel
            ? $"{TenantId(activity)}|{channelData.Team?.Id}|{channel}"
            : $"{TenantId(activity)}|{activity.Conversation?.Id}";
        return "ws-" + Hash(place)[..24];
    }

    /// <summary>The workshop of the activity's channel (or chat), and where in Teams it is.</summary>
    public static WorkshopPlace Place(Activity activity)
    {
        var channelData = activity.GetTeamsChannelData();
        return new WorkshopPlace(WorkshopId(activity), TenantId(activity), channelData?.Team?.Id, channelData?.Channel?.Id, channelData?.Channel?.Name);
    }

    /// <summary>The conversation the activity came from, as a group's home.</summary>
    public static GroupConversation Conversation(Activity activity) =>
        new(activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."), activity.ServiceUrl ?? string.Empty, null, TenantId(activity));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
