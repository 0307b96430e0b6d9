using Microsoft.Net.Http.Headers;

namespace TeamsJourney.Bot.Hosting.Security;

/// <summary>
/// Security headers on every response, errors and files included (set when the response starts, so whatever wrote
/// it, they are there): a Content-Security-Policy (pages: our own scripts, the Office script CDN, SignalR's
/// WebSockets, framed only by Teams and the Microsoft 365 / Office hosts; everything else: nothing at all),
/// nosniff, no referrer (signed download links must not leak), and HSTS outside Development.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The hosts Microsoft documents for frame-ancestors (Teams tab requirements: Teams, Microsoft 365 app, Outlook,
    /// the *.cloud.microsoft migration) plus Office on the web's add-in hosts (officeapps.live.com, SharePoint).
    /// </summary>
    public static IReadOnlyList<string> FrameAncestors { get; } =
    [
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://teams.live.com",
        "https://*.cloud.microsoft",
        "https://*.microsoft365.com",
        "https://*.office.com",
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook-sdf.office.com",
        "https://outlook-sdf.office365.com",
        "https://outlook.live.com",
        "https://*.officeapps.live.com",
        "https://*.sharepoint.com",
    ];

    /// <summary>Where Office.js may load its host-specific parts from when the Office CDN copy is used.</summary>
    private const string OfficeScriptSources = "https://appsforoffice.microsoft.com https://res.cdn.office.net";

    /// <summary>For anything that is not a page (JSON, problem details, documents): load nothing, be framed by no one.</summary>
    public const string NonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string HstsValue = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts)
    {
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(
                static state =>
                {
                    var (http, withHsts) = ((HttpContext, bool))state;
                    var headers = http.Response.Headers;
                    headers[HeaderNames.ContentSecurityPolicy] = IsPage(http.Response.ContentType) ? PagePolicy(http.Request) : NonPagePolicy;
                    headers[HeaderNames.XContentTypeOptions] = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    if (withHsts)
                    {
                        headers[HeaderNames.StrictTransportSecurity] = HstsValue;
                    }

                    headers.Remove(HeaderNames.Server);
                    headers.Remove(HeaderNames.XPoweredBy);
                    return Task.CompletedTask;
                },
                (context, hsts));
            return next(context);
        });
    }

    /// <summary>The policy of the tab, configuration and task pane pages served from this host.</summary>
    public static string PagePolicy(HttpRequest request)
    {
        // 'self' covers ws(s): for the same host in current browsers; the explicit WebSocket origin covers the rest.
        var socket = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        return string.Join(
            "; ",
            "default-src 'self'",
            $"script-src 'self' {OfficeScriptSources}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {socket}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self' " + string.Join(' ', FrameAncestors));
    }

    private static bool IsPage(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
