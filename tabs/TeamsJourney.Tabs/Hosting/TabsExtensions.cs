using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using TeamsJourney.Tabs.Api;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Live;
using TeamsJourney.Tabs.Plenary;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Tabs.Web;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Edits;

namespace Microsoft.Extensions.Hosting;

/// <summary>The tab's contribution to the one host: <c>builder.AddTabs()</c> and <c>app.MapTabs()</c>.</summary>
public static class TabsExtensions
{
    /// <summary>
    /// Registers the application layer (if not yet), sign-in, the API's services and its problem mapping, SignalR
    /// (with the Redis backplane when Tabs:Redis is set) and the live change push.
    /// </summary>
    public static IHostApplicationBuilder AddTabs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TeamsJourney.Tabs.Hosting.TabsOptions>().BindConfiguration(TeamsJourney.Tabs.Hosting.TabsOptions.SectionName);
        builder.AddWorkshops();
        builder.AddTabAuthentication();
        services.AddProblemDetails();
        services.AddExceptionHandler<WorkshopExceptionHandler>();
        // The API's bodies by generated code, not reflection; any other type still falls back to reflection.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, TabApiJsonContext.Default));

        services.AddSingleton<WorkshopMapReader>();
        services.Replace(ServiceDescriptor.Singleton<IConflictNotice, HubConflictNotice>());
        services.AddSingleton<GroupChangeQueue>();
        services.AddSingleton<IWorkshopChangeObserver>(sp => sp.GetRequiredService<GroupChangeQueue>());
        services.AddHostedService<GroupChangePublisher>();
        services.AddSingleton<TeamsJourney.Workshops.Facilitation.IWorkshopNotices, HubWorkshopNotices>();
        services.AddSingleton<IWorkshopDeletionObserver, PresenceErasure>();
        services.AddSingleton<IPlenaryChangeObserver, PlenaryChangePublisher>();

        var signalR = services.AddSignalR();
        var redis = builder.Configuration[$"{TeamsJourney.Tabs.Hosting.TabsOptions.SectionName}:Redis"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IPresenceRegistry, InMemoryPresenceRegistry>();
        }
        else
        {
            // The backplane owns its own connection: sharing one with presence let the container dispose it
            // before the backplane unsubscribed at shutdown. Redis being down shows up at first use, not at start.
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options.Clone()));
            signalR.AddStackExchangeRedis(o =>
            {
                o.Configuration = options.Clone();
                o.Configuration.ChannelPrefix = RedisChannel.Literal("teamsjourney");
            });
            services.AddSingleton<IPresenceRegistry, RedisPresenceRegistry>();
        }

        return builder;
    }

    /// <summary>Maps /api/tab, /hubs/map and /tab/.</summary>
    public static IEndpointRouteBuilder MapTabs(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapTabApi();
        endpoints.MapConsoleApi();
        endpoints.MapDocumentsApi();
        endpoints.MapDataRightsApi();
        endpoints.MapPlenaryApi();
        endpoints.MapHub<MapHub>("/hubs/map");
        endpoints.MapTabStaticFiles();
        return endpoints;
    }
}
