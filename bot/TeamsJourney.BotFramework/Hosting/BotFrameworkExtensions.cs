using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Connector;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>Registers and maps the Bot Framework protocol layer.</summary>
public static class BotFrameworkExtensions
{
    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> from <c>Bot</c> (validated on start) and registers the token
    /// validator, the outbound token provider (MSAL, or anonymous without an app id), the <see cref="ConnectorClient"/>
    /// HttpClient with its retry policy, the per-thread <see cref="ConversationOutbox"/> every send goes through, and <see cref="TimeProvider"/>. The app registers its own <see cref="IActivityHandler"/>.
    /// </summary>
    public static TBuilder AddBotFramework<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ConversationOutbox)))
        {
            // Already added (an app's own Add method may add it for what it needs): once is enough.
            return builder;
        }

        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(BotAuthenticationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.SectionName);
        services.AddOptions<ConversationRateLimitOptions>().BindConfiguration(ConversationRateLimitOptions.SectionName)
            .Validate(o => o.PermitsPerSecondPerConversation > 0 && o.BurstPerConversation > 0, "Bot:RateLimit values must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.AddOptions<TurnGateOptions>().BindConfiguration(TurnGateOptions.SectionName)
            .Validate(o => o.MaxInProgress > 0 && o.MaxInProgressPerConversation > 0, "Bot:Turns values must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<TurnGate>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName);
        services.TryAddSingleton(provider => new OpenIdMetadataCache(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IChannelTokenValidator>(provider => new ChannelTokenValidator(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<OpenIdMetadataCache>(),
            provider.GetRequiredService<ILogger<ChannelTokenValidator>>()));
        services.TryAddSingleton<IBotTokenProvider>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>();
            return options.Value.IsAnonymous ? new AnonymousBotTokenProvider() : new MsalBotTokenProvider(options);
        });
        // The outbox below is a singleton holding its client, so connections are recycled by the handler itself
        // (DNS changes are still seen) rather than by the factory's handler rotation.
        services.AddHttpClient<ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddConnectorRetryPolicy();

        // One outbox for the process: the send limits are per thread, whoever sends into it.
        services.AddOptions<ConversationOutboxOptions>().BindConfiguration(ConversationOutboxOptions.SectionName);
        services.TryAddSingleton(provider => new ConversationOutbox(
            provider.GetRequiredService<ConnectorClient>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<ConversationOutboxOptions>>(),
            provider.GetRequiredService<ILogger<ConversationOutbox>>()));
        return builder;
    }

    /// <summary>Maps the endpoint channels POST activities to (default <c>/api/messages</c>).</summary>
    public static RouteHandlerBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var registered = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (registered is not null && !registered.IsService(typeof(IActivityHandler)))
        {
            throw new InvalidOperationException("Register an IActivityHandler before mapping the bot endpoint.");
        }

        return endpoints.MapPost(pattern, BotEndpoint.HandleAsync).WithName("BotMessages");
    }
}
