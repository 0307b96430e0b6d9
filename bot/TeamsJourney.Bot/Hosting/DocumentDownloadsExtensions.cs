using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.Listing;

namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// Serves documents published to the local folder (the embedded default) at /documents/&lt;document id&gt;/&lt;file&gt;,
/// only to members of the workshop's team: a caller signed in with the tab's SSO (the same access check as the tab
/// API), or a short-lived link signed for one person (what the bot's documents card and the tab's links carry).
/// With the SharePoint publisher the links point at SharePoint and nothing is served here.
/// </summary>
internal static partial class DocumentDownloadsExtensions
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public static WebApplication MapDocumentDownloads(this WebApplication app)
    {
        if (app.Services.GetService<LocalFolderPublisher>() is null)
        {
            return app;
        }

        app.MapGet(LocalFolderPublisher.UrlPrefix + "/{documentId}/{fileName}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> DownloadAsync(
        string documentId,
        string fileName,
        HttpContext http,
        LocalFolderPublisher publisher,
        DocumentLinkSigner links,
        WorkshopAccess access,
        WorkshopDirectory directory,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("TeamsJourney.Documents.Downloads");
        var query = http.Request.Query;
        var link = links.Check(documentId, fileName, query[DocumentLinkSigner.UserParameter], query[DocumentLinkSigner.ExpiresParameter], query[DocumentLinkSigner.SignatureParameter]);
        LocalDocumentFile? file;
        if (link == DocumentLinkCheck.Missing)
        {
            var signedIn = await http.AuthenticateAsync(TabAuthExtensions.TabScheme);
            if (!signedIn.Succeeded || TabCaller.From(signedIn.Principal, BearerToken(http)) is not { } caller)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return TypedResults.Problem(
                    "Sign in (a Teams SSO token) or use a download link from the documents card or the tab.",
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in required");
            }

            file = publisher.Find(documentId, fileName);
            if (file is null)
            {
                return NotFound();
            }

            // The tab sends its team; a link opened elsewhere is checked against the workshop's own team.
            var team = http.Request.Headers[TabAuthExtensions.TeamHeader].FirstOrDefault() is { Length: > 0 } header
                ? header
                : (await directory.FindAsync(file.WorkshopId, cancellationToken))?.TeamId;
            var decision = await access.CheckWorkshopAsync(caller, team, file.WorkshopId, cancellationToken);
            if (decision.Outcome != AccessOutcome.Allowed)
            {
                return TypedResults.Problem(decision.Reason, statusCode: decision.StatusCode, title: "Not your workshop's document");
            }

            Log.Downloaded(logger, fileName, file.WorkshopId, caller.UserId, "sign-in");
        }
        else if (link != DocumentLinkCheck.Valid)
        {
            return TypedResults.Problem(
                link == DocumentLinkCheck.Expired
                    ? "This download link has expired. Open the documents from the tab, or ask the bot for new links."
                    : "This download link is not valid for this file.",
                statusCode: StatusCodes.Status403Forbidden,
                title: link == DocumentLinkCheck.Expired ? "Link expired" : "Link not valid");
        }
        else
        {
            file = publisher.Find(documentId, fileName);
            if (file is null)
            {
                return NotFound();
            }

            Log.Downloaded(logger, fileName, file.WorkshopId, query[DocumentLinkSigner.UserParameter].ToString(), "signed link");
        }

        http.Response.Headers.CacheControl = "private, no-store";
        var contentType = ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";

        // fileDownloadName makes it "Content-Disposition: attachment" with an RFC 5987 filename* for any title.
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, fileDownloadName: fileName, lastModified: file.LastWrittenUtc, enableRangeProcessing: false);
    }

    // The raw token, for the on-behalf-of exchange that reads the caller's teams.
    private static string? BearerToken(HttpContext http) =>
        http.Request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "There is no such document (it may have been replaced by a newer generation or removed by retention).",
        statusCode: StatusCodes.Status404NotFound,
        title: "Document not found");

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        types.Mappings[".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return types;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Document '{FileName}' of workshop {WorkshopId} downloaded by {UserId} ({Through})")]
        public static partial void Downloaded(ILogger logger, string fileName, string workshopId, string userId, string through);
    }
}
