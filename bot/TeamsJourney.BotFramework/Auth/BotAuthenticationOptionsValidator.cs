using Microsoft.Extensions.Options;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>Refuses to start with settings that would fail on the first activity instead.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        if (!options.IsAnonymous)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add("Bot:TenantId is required when Bot:AppId is set (single-tenant bot).");
            }

            if (string.IsNullOrWhiteSpace(options.AppSecret) && string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                failures.Add("Bot:AppSecret or Bot:ManagedIdentityClientId is required when Bot:AppId is set, to call the Connector.");
            }
        }

        if (options.RequireHttpsMetadata && options.ChannelOpenIdMetadataUrl.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Bot:ChannelOpenIdMetadataUrl must use https (or set Bot:RequireHttpsMetadata to false for a local test listener).");
        }

        if (!options.EntraOpenIdMetadataUrlTemplate.Contains("{tenantId}", StringComparison.Ordinal))
        {
            failures.Add("Bot:EntraOpenIdMetadataUrlTemplate must contain {tenantId}.");
        }

        if (string.IsNullOrWhiteSpace(options.ChannelIssuer))
        {
            failures.Add("Bot:ChannelIssuer is required.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("Bot:ClockSkew must be between 0 and 10 minutes.");
        }

        if (options.MetadataMinimumRefreshInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Bot:MetadataMinimumRefreshInterval must be at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
