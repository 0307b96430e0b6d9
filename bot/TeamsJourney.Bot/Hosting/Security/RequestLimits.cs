using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>
/// Request size limits on every endpoint (413 problem details) and per-caller rate limits with ASP.NET Core's rate
/// limiter (429 problem details with Retry-After). Tab and hub requests are counted per signed-in person (tenant +
/// object id), downloads per person or address; /api/messages is limited per conversation by the protocol layer,
/// after the channel token is checked, because only the parsed activity names the conversation.
/// </summary>
internal static class RequestLimits
{
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(HostLimitsOptions.SectionName).Get<HostLimitsOptions>() ?? new HostLimitsOptions();
        builder.Services.AddOptions<HostLimitsOptions>().BindConfiguration(HostLimitsOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.TabApiBodyBytes > 0 && o.HubMessageBytes > 0, "Host:Limits body sizes must be positive.")
            .Validate(o => o.TabRequestsPerSecondPerUser > 0 && o.TabBurstPerUser > 0 && o.DownloadsPerSecondPerCaller > 0 && o.DownloadBurstPerCaller > 0, "Host:Limits rates must be positive.")
            .ValidateOnStart();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        });
        builder.Services.Configure<HubOptions>(hub => hub.MaximumReceiveMessageSize = limits.HubMessageBytes);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.OnRejected = WriteTooManyRequestsAsync;
        });
        return builder;
    }

    /// <summary>Caps the body of each request by what its endpoint needs; a declared length over the cap is 413 at once.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<HostLimitsOptions>>().Value;
        var cap = BodyCapFor(context.Request.Path, limits);
        if (context.Request.ContentLength > cap)
        {
            await TooLarge(cap).ExecuteAsync(context);
            return;
        }

        // Bodies without a declared length are cut off by the server while they are read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = cap;
        }

        await next(context);
    });

    internal static long BodyCapFor(PathString path, HostLimitsOptions limits) =>
        path.StartsWithSegments("/api/messages") ? TeamsJourney.BotFramework.Hosting.BotEndpointLimits.MaxBodyBytes
        : path.StartsWithSegments("/api/tab") ? limits.TabApiBodyBytes
        : path.StartsWithSegments("/hubs") ? limits.HubMessageBytes
        : limits.MaxRequestBodyBytes;

    private static ProblemHttpResult TooLarge(long cap) => TypedResults.Problem(
        $"The request body is over {cap.ToString(CultureInfo.InvariantCulture)} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large");

    private static RateLimitPartition<string> Partition(HttpContext context, HostLimitsOptions limits)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api/tab") || path.StartsWithSegments("/hubs"))
        {
            return TokenBucket("tab:" + Caller(context), limits.TabBurstPerUser, limits.TabRequestsPerSecondPerUser);
        }

        if (path.StartsWithSegments("/documents"))
        {
            var signedFor = context.Request.Query["user"].FirstOrDefault();
            return TokenBucket("documents:" + (string.IsNullOrEmpty(signedFor) ? Caller(context) : "link:" + signedFor), limits.DownloadBurstPerCaller, limits.DownloadsPerSecondPerCaller);
        }

        // Pages, health and /api/messages (limited per conversation by the protocol layer) are not counted here.
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    // The authorization policy has authenticated the tab caller by now; a caller it did not is counted by address.
    private static string Caller(HttpContext context) =>
        context.User.FindFirst("oid")?.Value is { Length: > 0 } oid
            ? $"user:{context.User.FindFirst("tid")?.Value}|{oid}"
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static RateLimitPartition<string> TokenBucket(string key, int burst, int perSecond) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                $"Too many requests from you at once; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            .ExecuteAsync(rejected.HttpContext);
    }
}
