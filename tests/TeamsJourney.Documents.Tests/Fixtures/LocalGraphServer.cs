using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>
/// A Kestrel listener on 127.0.0.1 that speaks the few Microsoft Graph drive endpoints the SharePoint publisher
/// uses, following the Graph documentation: channel filesFolder, PUT content, createUploadSession and the upload
/// URL (chunk PUTs, status GET, cancel DELETE), and the PDF conversion of a stored item (GET content?format=pdf,
/// answered with a redirect to a pre-authenticated download on another host name). It records every request and can throttle, fail or drop planned ones.
/// </summary>
internal sealed partial class LocalGraphServer : IAsyncDisposable
{
    public const string TeamId = "5f1c2a4e-team-4a38-9d1e-7c0b4a1d9e01";
    public const string ChannelId = "19:workshop-general@thread.tacv2";
    public const string DriveId = "b!local-drive_01";
    public const string FolderId = "01LOCALCHANNELFOLDER";
    public const string BearerToken = "Bearer " + LocalGraphTokenCredential.Token;

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<LocalGraphRequest> _requests = new();

    private LocalGraphServer(WebApplication app) => _app = app;

    /// <summary>Origin of the listener, e.g. http://127.0.0.1:54321.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>What SharePointPublisherOptions.GraphBaseUrl should be to reach this listener.</summary>
    public string GraphBaseUrl => Origin + "/v1.0";

    public IReadOnlyList<LocalGraphRequest> Requests => [.. _requests];

    public IReadOnlyList<LocalGraphRequest> RequestsTo(LocalGraphRoute route) => [.. _requests.Where(r => r.Route == route)];

    public static async Task<LocalGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new LocalGraphServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.Origin = server._app.Urls.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var route = Classify(request.Method, request.Path.Value ?? string.Empty, out var match);
        var body = await ReadBodyAsync(request);
        var recorded = new LocalGraphRequest(
            route,
            request.Method,
            request.Path + request.QueryString,
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            request.Headers.ContentRange.Count > 0 ? request.Headers.ContentRange.ToString() : null,
            request.ContentLength,
            body.Length,
            route == LocalGraphRoute.CreateUploadSession ? Encoding.UTF8.GetString(body) : null,
            _clock.Elapsed);
        _requests.Enqueue(recorded);

        var fault = TakeFault(route, LocalGraphContentRange.Parse(recorded.ContentRange)?.Start);
        if (fault is { DropConnection: true })
        {
            // Like a connection lost mid-request: no answer at all, and per Graph the bytes are ignored.
            recorded.StatusCode = 0;
            context.Abort();
            return;
        }

        if (fault is not null)
        {
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await AnswerErrorAsync(context, recorded, fault.StatusCode, fault.StatusCode == 429 ? "activityLimitReached" : "serviceNotAvailable", "Planned fault.");
            return;
        }

        if (!await AuthorizationAsExpectedAsync(context, recorded))
        {
            return;
        }

        await (route switch
        {
            LocalGraphRoute.FilesFolder => AnswerFilesFolderAsync(context, recorded, match),
            LocalGraphRoute.UploadContent => AnswerUploadContentAsync(context, recorded, match, body),
            LocalGraphRoute.CreateUploadSession => AnswerCreateUploadSessionAsync(context, recorded, match, body),
            LocalGraphRoute.UploadChunk => AnswerChunkAsync(context, recorded, match, body),
            LocalGraphRoute.UploadSessionStatus => AnswerSessionStatusAsync(context, recorded, match),
            LocalGraphRoute.CancelUploadSession => AnswerCancelSessionAsync(context, recorded, match),
            LocalGraphRoute.ConvertContent => AnswerConvertAsync(context, recorded, match),
            LocalGraphRoute.DownloadConverted => AnswerDownloadAsync(context, recorded, match),
            _ => AnswerErrorAsync(context, recorded, 400, "invalidRequest", $"No such endpoint: {request.Method} {request.Path}"),
        });
    }

    // Graph wants its bearer token; upload URLs are pre-authenticated and Graph documents that an Authorization
    // header there may be answered with 401.
    private static async Task<bool> AuthorizationAsExpectedAsync(HttpContext context, LocalGraphRequest recorded)
    {
        var isUploadUrl = recorded.Route is LocalGraphRoute.UploadChunk or LocalGraphRoute.UploadSessionStatus or LocalGraphRoute.CancelUploadSession or LocalGraphRoute.DownloadConverted;
        if (isUploadUrl && recorded.Authorization is not null)
        {
            await AnswerErrorAsync(context, recorded, 401, "unauthenticated", "Upload URLs must not carry an Authorization header.");
            return false;
        }

        if (!isUploadUrl && recorded.Authorization != BearerToken)
        {
            await AnswerErrorAsync(context, recorded, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
            return false;
        }

        return true;
    }

    private static LocalGraphRoute Classify(string method, string path, out Match match)
    {
        (LocalGraphRoute Route, string Method, Regex Pattern)[] routes =
        [
            (LocalGraphRoute.FilesFolder, "GET", FilesFolderPath()),
            (LocalGraphRoute.UploadContent, "PUT", ContentPath()),
            (LocalGraphRoute.CreateUploadSession, "POST", CreateUploadSessionPath()),
            (LocalGraphRoute.UploadChunk, "PUT", UploadUrlPath()),
            (LocalGraphRoute.UploadSessionStatus, "GET", UploadUrlPath()),
            (LocalGraphRoute.CancelUploadSession, "DELETE", UploadUrlPath()),
            (LocalGraphRoute.ConvertContent, "GET", ItemContentPath()),
            (LocalGraphRoute.DownloadConverted, "GET", DownloadPath()),
        ];
        foreach (var (route, routeMethod, pattern) in routes)
        {
            match = pattern.Match(path);
            if (match.Success && method == routeMethod)
            {
                return route;
            }
        }

        match = Match.Empty;
        return LocalGraphRoute.Unknown;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex("^/v1.0/teams/(?<team>[^/]+)/channels/(?<channel>[^/]+)/filesFolder$")]
    private static partial Regex FilesFolderPath();

    [GeneratedRegex("^/v1.0/drives/(?<drive>[^/]+)/items/(?<parent>[^/:]+):/(?<name>[^/]+):/content$")]
    private static partial Regex ContentPath();

    [GeneratedRegex("^/v1.0/drives/(?<drive>[^/]+)/items/(?<parent>[^/:]+):/(?<name>[^/]+):/createUploadSession$")]
    private static partial Regex CreateUploadSessionPath();

    [GeneratedRegex("^/upload/(?<session>[0-9a-f]{32})$")]
    private static partial Regex UploadUrlPath();
}
