using TeamsJourney.Bot.Hosting.Security;

namespace TeamsJourney.Bot.Hosting;

/// <summary>What every request gets regardless of feature: security headers, problem details for errors, limits, health checks.</summary>
internal static class HostDefaultsExtensions
{
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// The pipeline in the order that matters: headers first (so errors and 401s carry them), then error pages, then
    /// routing, the body caps (an oversized body is refused before any token is checked), and sign-in made explicit so
    /// the rate limiter after it sees who is calling.
    /// </summary>
    public static WebApplication UseHostDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders(hsts: !app.Environment.IsDevelopment());

        // Unhandled failures become problem details (never an HTML error page or an empty 500 body).
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRequestBodyLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapHostEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        endpoints.MapGet("/", () => TypedResults.Text(
            "TeamsJourney is running. Point a Teams client or the M365 Agents Playground at /api/messages.")).ExcludeFromDescription();
        return endpoints;
    }
}
