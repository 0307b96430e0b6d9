using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Connector;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>The services the bot endpoint uses, bound with [AsParameters].</summary>
internal sealed record BotEndpointServices(
    [FromServices] IChannelTokenValidator Validator,
    [FromServices] IActivityHandler Handler,
    [FromServices] ConversationOutbox Outbox,
    [FromServices] IOptions<BotAuthenticationOptions> Options,
    [FromServices] ConversationRateLimiter RateLimiter,
    [FromServices] TurnGate Turns,
    [FromServices] ILoggerFactory LoggerFactory)
{
    public ILogger Logger { get; } = LoggerFactory.CreateLogger("TeamsJourney.BotFramework.BotEndpoint");
}
