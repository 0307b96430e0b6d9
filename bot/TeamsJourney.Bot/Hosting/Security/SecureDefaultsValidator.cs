using Microsoft.Extensions.Options;

namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>
/// Refuses to start a host that would let anyone in: outside Development (or without the explicit opt-in) the bot's
/// channel authentication and the tab's SSO must both be configured. Each failure names the setting to add.
/// </summary>
internal sealed class SecureDefaultsValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<HostSecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, HostSecurityOptions options)
    {
        if (options.AllowAnonymousLocalMode)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Host:AllowAnonymousLocalMode is only allowed when ASPNETCORE_ENVIRONMENT is Development (it is '{environment.EnvironmentName}'). " +
                    "Remove it and configure the bot's and the tab's sign-in.");
        }

        var missing = MissingSettings(configuration).ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(missing.Select(setting => $"{setting} is required (environment '{environment.EnvironmentName}')."));
    }

    /// <summary>The settings a secure host needs and this configuration lacks, in the words of the configuration keys.</summary>
    public static IEnumerable<string> MissingSettings(IConfiguration configuration)
    {
        if (Blank(configuration, "Bot:AppId"))
        {
            yield return "Bot:AppId (the bot's Entra app id: without it /api/messages would accept unsigned requests)";
        }

        if (Blank(configuration, "Bot:TenantId"))
        {
            yield return "Bot:TenantId (the bot's own tenant)";
        }

        if (Blank(configuration, "Bot:AppSecret") && Blank(configuration, "Bot:ManagedIdentityClientId"))
        {
            yield return "Bot:AppSecret or Bot:ManagedIdentityClientId (how the bot signs its calls to the Connector)";
        }

        if (Blank(configuration, "TabAuth:ClientId"))
        {
            yield return "TabAuth:ClientId (the tab's SSO app: without it every tab caller would be the local developer)";
        }

        if (Blank(configuration, "TabAuth:ClientSecret"))
        {
            yield return "TabAuth:ClientSecret (the on-behalf-of exchange that checks team membership in Microsoft Graph)";
        }
    }

    private static bool Blank(IConfiguration configuration, string key) => string.IsNullOrWhiteSpace(configuration[key]);
}
