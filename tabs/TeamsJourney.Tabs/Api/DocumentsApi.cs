using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using TeamsJourney.Documents.Generation;
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
    /// <summary>Maps POST /api/tab/workshops/{workshopId}/documents.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGroup("/api/tab").RequireAuthorization(TabAuthExtensions.TabUserPolicy)
            .MapPost("/workshops/{workshopId}/documents", Generate);
        return endpoints;
    }

    internal static async Task<Results<Ok<DocumentsResponse>, ProblemHttpResult>> Generate(
        string workshopId,
        string? requestId,
        [AsParameters] TabApiServices services,
        GenerateDocuments documents,
        IHubContext<MapHub> hub,
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
        var generated = await documents.GenerateAsync(workshopId, progress, cancellationToken);
        if (generated is null)
        {
            return TabProblems.NotFound($"Workshop '{workshopId}' does not exist.");
        }

        return TypedResults.Ok(new DocumentsResponse(
            workshopId,
            [Link(generated.Deck), Link(generated.Report)]));
    }

    private static DocumentLink Link(Documents.Publishing.PublishedDocument document) =>
        new(document.FileName, document.Url, document.SizeBytes);
}

/// <summary>The generated documents' links.</summary>
public sealed record DocumentsResponse(string WorkshopId, IReadOnlyList<DocumentLink> Documents);

/// <summary>One published document: its file name, where to open it (absolute, or relative to the host) and its size.</summary>
public sealed record DocumentLink(string FileName, string Url, long SizeBytes);

/// <summary>Pushed while documents are generated; <see cref="RequestId"/> lets the requesting tab match it to its button.</summary>
public sealed record DocumentsProgressMessage(string WorkshopId, string? RequestId, string Step, int Percent, string Message);
