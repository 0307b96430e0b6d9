using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace TeamsJourney.BotFramework.Connector;

/// <summary>The retry policy of the Connector HttpClient pipeline.</summary>
public static class ConnectorResilience
{
    /// <summary>The name of the resilience handler.</summary>
    public const string HandlerName = "bot-connector-retry";

    /// <summary>
    /// Retries throttled (429), precondition-failed (412) and gateway (502/504) answers with exponential backoff
    /// and jitter, honouring Retry-After (seconds or a date). Other failures surface at once.
    /// </summary>
    public static IHttpClientBuilder AddConnectorRetryPolicy(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddResilienceHandler(HandlerName, static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = static args => ValueTask.FromResult(IsRetryable(args.Outcome.Result?.StatusCode)),
            });
        });
        return builder;
    }

    internal static bool IsRetryable(HttpStatusCode? status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
}
