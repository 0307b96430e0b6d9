using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>
/// A single-tenant bot (<see cref="BotAuthenticationOptions.TenantId"/> set) serves its own tenant only. A validly
/// signed channel token says the channel sent the activity, not which tenant it belongs to: that is in the activity,
/// twice (<c>conversation.tenantId</c> and <c>channelData.tenant.id</c>), and both must name the bot's tenant.
/// </summary>
public static class SingleTenantPolicy
{
    /// <summary>Why the activity is not for this bot, or null when it may be processed.</summary>
    public static string? Refusal(Activity activity, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous || string.IsNullOrWhiteSpace(options.TenantId))
        {
            return null;
        }

        var conversationTenant = activity.Conversation?.TenantId;
        var channelDataTenant = activity.GetTeamsChannelData()?.Tenant?.Id;
        if (string.IsNullOrEmpty(conversationTenant) && string.IsNullOrEmpty(channelDataTenant))
        {
            return "The activity names no tenant.";
        }

        if (!string.IsNullOrEmpty(conversationTenant) && !string.IsNullOrEmpty(channelDataTenant)
            && !string.Equals(conversationTenant, channelDataTenant, StringComparison.OrdinalIgnoreCase))
        {
            return "The activity's conversation.tenantId and channelData.tenant.id disagree.";
        }

        var tenant = string.IsNullOrEmpty(channelDataTenant) ? conversationTenant : channelDataTenant;
        return string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The activity comes from another tenant than the bot's.";
    }
}
