using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Tabs.Auth;

/// <summary>Registers the tab's sign-in: Teams SSO tokens, or the local development identity when no client id is set.</summary>
public static class TabAuthExtensions
{
    /// <summary>The authorization policy every tab endpoint and the hub require.</summary>
    public const string TabUserPolicy = "TeamsJourney.TabUser";

    /// <summary>The header carrying the Teams team id from the tab's context.</summary>
    public const string TeamHeader = "X-Teams-Team-Id";

    /// <summary>
    /// The tab's sign-in scheme (Teams SSO, or the local development identity): what other endpoints of the host
    /// authenticate with when they accept a tab caller (document downloads).
    /// </summary>
    public const string TabScheme = "TeamsJourney.Tab";
    internal const string SsoScheme = "TeamsJourney.TabSso";
    internal const string LocalScheme = "TeamsJourney.TabLocalDevelopment";

    /// <summary>Binds "TabAuth" and registers the schemes, the policy and the membership check.</summary>
    public static IHostApplicationBuilder AddTabAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TabAuthOptions>().BindConfiguration(TabAuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TabAuthOptions>, TabAuthOptionsValidator>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, TabJwtBearerSetup>();

        // No default scheme is set, so the bot's own channel authentication is untouched.
        services.AddAuthentication()
            .AddPolicyScheme(TabScheme, "Teams tab", o => o.ForwardDefaultSelector = SchemeFor)
            .AddJwtBearer(SsoScheme, _ => { })
            .AddScheme<AuthenticationSchemeOptions, LocalDevelopmentAuthenticationHandler>(LocalScheme, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(TabUserPolicy, p => p.AddAuthenticationSchemes(TabScheme).RequireAuthenticatedUser());
        LeaveTheKeyRingToFirstUse(services);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IGraphAccessToken, OnBehalfOfGraphAccessToken>();
        services.AddHttpClient(GraphTeamMembership.HttpClientName);
        services.AddSingleton<ITeamMembership>(sp => new GraphTeamMembership(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(GraphTeamMembership.HttpClientName),
            sp.GetRequiredService<IGraphAccessToken>(),
            sp.GetRequiredService<IOptions<TabAuthOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WorkshopAccess>();
        return builder;
    }

    /// <summary>The caller's raw bearer token (header, or the hub's access_token query), for the on-behalf-of exchange.</summary>
    internal static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : context.Request.Query["access_token"].FirstOrDefault();
    }

    // AddAuthentication brings ASP.NET Core data protection, and with it a hosted service that loads (or first creates)
    // the key ring before the host listens: ~20 ms of key files, XML and cryptography on the way to the first card turn
    // (issue 16). Nothing in this host protects data (bearer tokens only: no cookies, no antiforgery), so the key ring
    // is left to load on first use, should anything ever ask for it.
    private static void LeaveTheKeyRingToFirstUse(IServiceCollection services)
    {
        var dataProtection = typeof(DataProtectionOptions).Assembly;
        foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && !d.IsKeyedService && d.ImplementationType?.Assembly == dataProtection).ToList())
        {
            services.Remove(warmUp);
        }
    }

    private static string SchemeFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<TabAuthOptions>>().Value.IsLocalDevelopment ? LocalScheme : SsoScheme;
}
