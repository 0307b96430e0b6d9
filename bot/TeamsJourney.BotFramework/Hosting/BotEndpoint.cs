using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>
/// POST /api/messages: size cap, parse, authenticate, then the handler. Answers: 413/400 problem details for bodies
/// we cannot read, 401 for a rejected token (the handler never sees it), 200 with nothing done for another tenant's
/// activity, 429 with Retry-After when the conversation sends more than its rate limit, the invoke response for invokes
/// (501 when unhandled), and 200 with an empty body for everything else.
/// </summary>
internal static class BotEndpoint
{
    /// <summary>Teams messages are far smaller (it refuses ~100 KB); more than this is not a channel.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<Results<Ok, ProblemHttpResult, InvokeHttpResult>> HandleAsync(
        HttpContext httpContext, [AsParameters] BotEndpointServices services)
    {
        var cancellationToken = httpContext.RequestAborted;
        var authorization = httpContext.Request.Headers.Authorization.ToString();

        // A request with no bearer token is refused before its body is even read.
        if (!services.Options.Value.IsAnonymous && !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized(httpContext);
        }

        // The body's pooled buffer goes back as soon as the activity is parsed (which copies what it keeps), not at the
        // end of the turn: held for a whole turn, 3,000 waiting turns kept ~100 MB of buffers alive into the older
        // generations.
        ActivityParseResult parsed;
        using (var body = await RequestBodyReader.ReadCappedAsync(httpContext.Request, MaxBodyBytes, cancellationToken))
        {
            if (body is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Activity too large",
                    detail: $"The request body is over {MaxBodyBytes} bytes.");
            }

            parsed = ActivityParser.TryParse(body.Bytes);
        }

        if (!parsed.Succeeded)
        {
            Log.ActivityUnreadable(services.Logger, parsed.Error);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: parsed.Error);
        }

        var activity = parsed.Activity;
        var authentication = await services.Validator.ValidateAsync(authorization, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            return Unauthorized(httpContext);
        }

        // Checked once the caller is known to be the channel: without a valid token the answer is 401, never a hint about the body.
        if (ActivityAddressing.Problem(activity) is { } addressing)
        {
            Log.ActivityUnreadable(services.Logger, addressing);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: addressing);
        }

        // Another tenant's activity is not an error the channel should retry: it is acknowledged and dropped, so
        // nothing is stored and nothing is sent (not even an invoke answer).
        if (SingleTenantPolicy.Refusal(activity, services.Options.Value) is { } refusal)
        {
            Log.ActivityFromOtherTenantIgnored(services.Logger, activity.Type, activity.Id, refusal);
            return TypedResults.Ok();
        }

        if (services.RateLimiter.TryAcquire(activity) is { } retryAfter)
        {
            return TooManyRequests(httpContext, retryAfter);
        }

        var turn = new TurnContext(activity, authentication, services.Outbox);
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        InvokeResponse? response;
        using (await services.Turns.EnterAsync(activity.Conversation?.Id, cancellationToken))
        {
            response = await RunHandlerAsync(services, turn, isInvoke, cancellationToken);
        }

        return isInvoke ? new InvokeHttpResult(response ?? InvokeResponse.NotImplemented) : TypedResults.Ok();
    }

    private static async Task<InvokeResponse?> RunHandlerAsync(
        BotEndpointServices services, TurnContext turn, bool isInvoke, CancellationToken cancellationToken)
    {
        try
        {
            return await services.Handler.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The channel must never see a 500: Teams would show a generic failure and redeliver the activity.
            // The error is logged in full; an invoke gets an error card response the user can read.
            Log.HandlerFailed(services.Logger, turn.Activity.Type, turn.Activity.Id, ex);
            return isInvoke ? InvokeResponse.HandlerFailure : null;
        }
    }

    private static ProblemHttpResult TooManyRequests(HttpContext httpContext, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many activities in this conversation",
            detail: $"Send it again in {seconds} s.");
    }

    private static ProblemHttpResult Unauthorized(HttpContext httpContext)
    {
        httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }
}
