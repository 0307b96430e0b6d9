using TeamsJourney.Workshops.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Live;
using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// "Generate documents" from the tab: writes the deck and the report, publishes them, and answers with
/// the links. Progress goes to everyone viewing the workshop over the hub ("documentsProgress").
/// </summary>
public static class DocumentsApi
{
    /// <summary>Maps POST /api/tab/workshops/{workshopId}/documents and GET .../documents/deck|report.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/tab").RequireAuthorization(TabAuthExtensions.TabUserPolicy).AddEndpointFilter<RouteIdsFilter>();
        api.MapPost("/workshops/{workshopId}/documents", Generate);
        api.MapGet("/workshops/{workshopId}/documents/{kind}", Download);
        return endpoints;
    }

    internal static async Task<Results<Ok<DocumentsResponse>, ProblemHttpResult>> Generate(
        string workshopId,
        string? requestId,
        [AsParameters] TabApiServices services,
        GenerateDocuments documents,
        IHubContext<MapHub> hub,
        IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        if (access.Outcome != AccessOutcome.Allowed)
        {
            return TabProblems.From(access);
        }

        var listeners = hub.Clients.Group(MapHubMessages.GroupFor(workshopId));
        var progress = new Progress<DocumentProgress>(p =>
            _ = listeners.SendAsync(MapHubMessages.DocumentsProgress, new DocumentsProgressMessage(workshopId, requestId, p.Step.ToString(), p.Percent, p.Message), CancellationToken.None));
        var generated = await documents.GenerateAsync(workshopId, progress, new Participant(caller.UserId, caller.UserName), cancellationToken);
        if (generated is null)
        {
            return TabProblems.NotFound($"Workshop '{workshopId}' does not exist.");
        }

        var publicBase = PublicBase(services.Http, configuration);
        var signer = services.Http.RequestServices.GetService<DocumentLinkSigner>();
        return TypedResults.Ok(new DocumentsResponse(
            workshopId,
            [.. generated.Files.Select(file => Link(file, publicBase, signer, caller.UserId))]));
    }

    /// <summary>
    /// The deck or the report, written now from every group's current map and not published: the Office add-in
    /// inserts it into the open presentation or document.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        string workshopId,
        string kind,
        [AsParameters] TabApiServices services,
        WriteDocument documents,
        CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        DocumentKind? wanted = kind.ToUpperInvariant() switch
        {
            "DECK" => DocumentKind.Deck,
            "REPORT" => DocumentKind.Report,
            _ => null,
        };
        if (wanted is null)
        {
            return TabProblems.NotFound($"There is no document '{kind}': ask for 'deck' or 'report'.");
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        if (access.Outcome != AccessOutcome.Allowed)
        {
            return TabProblems.From(access);
        }

        var written = await documents.WriteAsync(workshopId, wanted.Value, cancellationToken);
        services.Http.Response.Headers.CacheControl = "private, no-store";
        return written is null
            ? TabProblems.NotFound($"Workshop '{workshopId}' does not exist.")
            : TypedResults.File(written.Content.ToArray(), written.ContentType, written.FileName);
    }

    // Links leave this host in cards and other origins (the Office add-in, a link pasted elsewhere), so a
    // host-relative URL from the local folder publisher is made absolute: Host:PublicUrl, or this request's address.
    private static Uri PublicBase(HttpContext http, IConfiguration configuration) =>
        configuration["Host:PublicUrl"] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var fromConfig)
            ? new Uri(fromConfig.ToString().TrimEnd('/') + "/")
            : new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    // A local document is only served to its team: the link is signed for the caller and expires (a plain link in a
    // new browser tab carries no token). SharePoint links are SharePoint's, with its own sign-in.
    private static DocumentLink Link(PublishedDocument document, Uri publicBase, DocumentLinkSigner? signer, string userId) =>
        new(
            document.FileName,
            IsWebAddress(document.Url, out var absolute) ? absolute.AbsoluteUri
                : new Uri(publicBase, signer is null ? document.Url : signer.Sign(document.Url, userId)).AbsoluteUri,
            document.SizeBytes);

    // On Linux "/documents/..." parses as an absolute file: URI, so "absolute" alone is not enough.
    private static bool IsWebAddress(string url, out Uri absolute) =>
        Uri.TryCreate(url, UriKind.Absolute, out absolute!) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp);
}

/// <summary>The generated documents' links.</summary>
public sealed record DocumentsResponse(string WorkshopId, IReadOnlyList<DocumentLink> Documents);

/// <summary>One published document: its file name, where to open it (absolute, or relative to the host) and its size.</summary>
public sealed record DocumentLink(string FileName, string Url, long SizeBytes);

/// <summary>Pushed while documents are generated; <see cref="RequestId"/> lets the requesting tab match it to its button.</summary>
public sealed record DocumentsProgressMessage(string WorkshopId, string? RequestId, string Step, int Percent, string Message);
