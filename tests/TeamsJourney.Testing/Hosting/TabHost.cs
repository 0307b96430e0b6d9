using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Tabs.Auth;

namespace TeamsJourney.Testing.Hosting;

/// <summary>
/// The real host (Program) in memory with Teams SSO switched on against a <see cref="LocalEntra"/>; only the
/// on-behalf-of exchange is replaced. Storage and any other settings come from the test. With
/// <paramref name="anonymousLocalMode"/> it runs as `dotnet run` does without sign-in: Development with the opt-in.
/// </summary>
public sealed class TabHost(LocalEntra entra, IReadOnlyDictionary<string, string?> settings, bool anonymousLocalMode = false) : WebApplicationFactory<Program>
{
    internal WorkshopRepository Repository => Services.GetRequiredService<WorkshopRepository>();

    /// <summary>The SSO settings and service replacement every tab test host needs (also applied on top of the bot's host).</summary>
    public static void UseLocalSso(IWebHostBuilder builder, LocalEntra entra)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(entra);
        builder.UseSetting("TabAuth:ClientId", LocalEntra.ClientId);
        builder.UseSetting("TabAuth:TenantId", "organizations");
        builder.UseSetting("TabAuth:Instance", entra.Instance.ToString());
        builder.UseSetting("TabAuth:Audiences:0", LocalEntra.Audience);
        builder.UseSetting("TabAuth:RequireHttpsMetadata", "false");
        builder.UseSetting("TabAuth:ClientSecret", "not-used: the Graph token is passed through");
        builder.UseSetting("TabAuth:GraphBaseUrl", entra.GraphBaseUrl.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphAccessToken>();
            services.AddSingleton<IGraphAccessToken, PassThroughGraphToken>();
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(anonymousLocalMode ? "Development" : "Testing");
        builder.UseSetting("Host:AllowAnonymousLocalMode", anonymousLocalMode ? "true" : "false");
        builder.UseSetting("Documents:LocalFolder", Path.Combine(Path.GetTempPath(), "teamsjourney-tab-documents-" + Guid.NewGuid().ToString("N")));

        // Secure by default: the host does not start without the bot's channel authentication either (no activity
        // reaches it in the tab's tests, so Microsoft's channel metadata is never fetched).
        builder.UseSetting("Bot:AppId", BotHost.AppId);
        builder.UseSetting("Bot:TenantId", BotHost.BotTenantId);
        builder.UseSetting("Bot:AppSecret", "not-used: the tab's tests send no activity");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (!anonymousLocalMode && !settings.ContainsKey("TabAuth:ClientId"))
        {
            UseLocalSso(builder, entra);
        }
    }
}
