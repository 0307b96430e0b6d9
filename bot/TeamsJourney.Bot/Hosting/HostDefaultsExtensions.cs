
namespace TeamsJourney.Bot.Hosting;

/// <summary>What every request gets regardless of feature: problem details for errors, health checks.</summary>
internal static class HostDefaultsExtensions
{
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UseHostDefaults(this WebApplication app)
    {
        // Unhandled failures become problem details (never an HTML error page or an empty 500 body).
        app.UseExceptionHandler();
        app.UseStatusCodePages();
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
