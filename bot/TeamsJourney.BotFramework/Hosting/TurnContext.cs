using System.Security.Claims;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>
/// One inbound activity with its authentication, and ways to answer into the same conversation. Answers always go
/// to the activity's own serviceUrl, never elsewhere, and through the <see cref="ConversationOutbox"/>, so they keep
/// the thread's send limits.
/// </summary>
public sealed class TurnContext
{
    /// <summary>Creates the context of one turn.</summary>
    public TurnContext(Activity activity, ChannelAuthResult authentication, ConversationOutbox outbox)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(outbox);
        Activity = activity;
        Authentication = authentication;
        Outbox = outbox;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>How the request was authenticated.</summary>
    public ChannelAuthResult Authentication { get; }

    /// <summary>The validated token's claims; null in anonymous local development.</summary>
    public ClaimsIdentity? Identity => Authentication.ClaimsIdentity;

    /// <summary>The rate-limited outbox every send goes through, for calls the shortcuts below do not cover.</summary>
    public ConversationOutbox Outbox { get; }

    /// <summary>Posts a new activity to this conversation.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Outbox.SendAsync(ServiceUri(), ConversationId(), Address(activity), cancellationToken);
    }

    /// <summary>Posts a plain text message to this conversation.</summary>
    public Task<ResourceResponse> SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>Replies in the thread of the inbound activity.</summary>
    public Task<ResourceResponse> ReplyAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replyToId = Activity.Id
            ?? throw new InvalidOperationException("The inbound activity has no id to reply to; use SendAsync.");
        activity.ReplyToId ??= replyToId;
        return Outbox.ReplyAsync(ServiceUri(), ConversationId(), replyToId, Address(activity), cancellationToken);
    }

    /// <summary>Replies in the thread of the inbound activity with plain text.</summary>
    public Task<ResourceResponse> ReplyAsync(string text, CancellationToken cancellationToken = default) =>
        ReplyAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier in this conversation (e.g. a card after Action.Submit).</summary>
    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        return Outbox.UpdateAsync(ServiceUri(), ConversationId(), activityId, Address(activity), cancellationToken);
    }

    // Outbound activities carry the conversation, channel and parties of the turn unless the caller set them.
    private Activity Address(Activity outbound)
    {
        outbound.ChannelId ??= Activity.ChannelId;
        outbound.ServiceUrl ??= Activity.ServiceUrl;
        outbound.Conversation ??= Activity.Conversation is { } conversation
            ? new ConversationAccount { Id = conversation.Id, ConversationType = conversation.ConversationType, TenantId = conversation.TenantId }
            : null;
        outbound.From ??= Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        return outbound;
    }

    private Uri ServiceUri() =>
        Uri.TryCreate(Activity.ServiceUrl, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("The inbound activity has no absolute serviceUrl to answer to.");

    private string ConversationId() =>
        Activity.Conversation?.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The inbound activity has no conversation id to answer in.");
}
