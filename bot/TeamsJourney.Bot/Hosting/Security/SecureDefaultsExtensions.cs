using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.Tabs.Auth;

namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>Secure by default: the start-up check, its plain-words exit, and the loud warning of anonymous local mode.</summary>
internal static partial class SecureDefaultsExtensions
{
    public static IHostApplicationBuilder AddSecureDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostSecurityOptions>().BindConfiguration(HostSecurityOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HostSecurityOptions>, SecureDefaultsValidator>();
        return builder;
    }

    /// <summary>
    /// Reads every start-up-validated security setting now, before the server starts, so a misconfigured host exits
    /// with a list of the settings to fix (exit code 2) instead of a stack trace from inside the host's start.
    /// </summary>
    public static bool ExplainsMisconfiguration(this WebApplication app, TextWriter error)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<HostSecurityOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<TabAuthOptions>>().Value;
            return false;
        }
        catch (OptionsValidationException invalid)
        {
            error.WriteLine($"TeamsJourney cannot start in environment '{app.Environment.EnvironmentName}': its sign-in is not configured.");
            foreach (var failure in invalid.Failures.Distinct(StringComparer.Ordinal))
            {
                error.WriteLine("  - " + failure);
            }

            error.WriteLine("Set them in appsettings or as environment variables (Bot__AppId, TabAuth__ClientId, ...); see README.md, Configuration.");
            error.WriteLine("For a local run without sign-in use ASPNETCORE_ENVIRONMENT=Development with Host:AllowAnonymousLocalMode=true.");
            return true;
        }
    }

    /// <summary>Says at every start, as a warning, which doors anonymous local mode leaves open.</summary>
    public static WebApplication WarnAboutAnonymousLocalMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsJourney.Security");
        if (app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsAnonymous)
        {
            Log.AnonymousBot(logger);
        }

        if (app.Services.GetRequiredService<IOptions<TabAuthOptions>>().Value.IsLocalDevelopment)
        {
            Log.LocalDeveloperTab(logger);
        }

        return app;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "ANONYMOUS LOCAL MODE (Host:AllowAnonymousLocalMode): /api/messages accepts UNSIGNED requests from anyone and calls back only to loopback addresses. Never expose this host.")]
        public static partial void AnonymousBot(ILogger logger);

        [LoggerMessage(2, LogLevel.Warning, "ANONYMOUS LOCAL MODE (Host:AllowAnonymousLocalMode): the tab signs EVERY caller in as the local developer, with no token. Never expose this host.")]
        public static partial void LocalDeveloperTab(ILogger logger);
    }
}
