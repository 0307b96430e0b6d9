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
/// on-behalf-of exchange is replaced. Storage and any other settings come from the test.
/// </summary>
public sealed class TabHost(LocalEntra entra, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
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
        builder.UseSetting("TabAuth:GraphBaseUrl", entra.GraphBaseUrl.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphAccessToken>();
            services.AddSingleton<IGraphAccessToken, PassThroughGraphToken>();
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Documents:LocalFolder", Path.Combine(Path.GetTempPath(), "teamsjourney-tab-documents-" + Guid.NewGuid().ToString("N")));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (!settings.ContainsKey("TabAuth:ClientId"))
        {
            UseLocalSso(builder, entra);
        }
    }
}
