using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// A facilitator's data rights from the tab: export the workshop (a zip of workshop.json and the documents),
/// delete it (confirmed by typing its title back), and read its audit trail. Contract: tabs/API.md.
/// </summary>
public static class DataRightsApi
{
    /// <summary>Maps GET .../export, POST .../deletion and GET .../audit under /api/tab/workshops/{workshopId}.</summary>
    public static IEndpointRouteBuilder MapDataRightsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/tab/workshops/{workshopId}").RequireAuthorization(TabAuthExtensions.TabUserPolicy);
        api.MapGet("/export", Export);
        api.MapPost("/deletion", Delete);
        api.MapGet("/audit", Audit);
        return endpoints;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string workshopId, [AsParameters] TabApiServices services, ExportWorkshop export, CancellationToken cancellationToken)
    {
        if (await CheckAsync(services, workshopId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (outcome, zip) = await export.ExportAsync(workshopId, Participant(services), cancellationToken);
        return outcome == DataRightsOutcome.Done
            ? TypedResults.File(zip!.Zip.ToArray(), "application/zip", zip.FileName)
            : Refused(outcome, workshopId);
    }

    internal static async Task<Results<Ok<DeletionResponse>, ProblemHttpResult>> Delete(
        string workshopId, DeletionRequest? request, [AsParameters] TabApiServices services, DeleteWorkshop delete, CancellationToken cancellationToken)
    {
        if (await CheckAsync(services, workshopId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(request?.ConfirmTitle))
        {
            return Confirmation();
        }

        var (outcome, deletion) = await delete.DeleteAsync(workshopId, Participant(services), request.ConfirmTitle, cancellationToken);
        return outcome == DataRightsOutcome.Done
            ? TypedResults.Ok(new DeletionResponse(workshopId, deletion!.Title, deletion.DocumentFiles))
            : Refused(outcome, workshopId);
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditLine>>, ProblemHttpResult>> Audit(
        string workshopId, [AsParameters] TabApiServices services, WorkshopAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await CheckAsync(services, workshopId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (outcome, lines) = await audit.ReadAsync(workshopId, Participant(services), cancellationToken);
        return outcome == DataRightsOutcome.Done ? TypedResults.Ok(lines) : Refused(outcome, workshopId);
    }

    // Team membership first (the same check as every tab endpoint); the use case then decides "facilitator only".
    private static async Task<ProblemHttpResult?> CheckAsync(TabApiServices services, string workshopId, CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        return access.Outcome == AccessOutcome.Allowed ? null : TabProblems.From(access);
    }

    private static Participant Participant(TabApiServices services) => new(services.Caller!.UserId, services.Caller.UserName);

    private static ProblemHttpResult Confirmation() => TypedResults.Problem(
        "Deleting a workshop removes every group's map, the documents and the conversation links for good. To confirm, send {\"confirmTitle\": \"<the workshop's title>\"}.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Confirmation required");

    private static ProblemHttpResult Refused(DataRightsOutcome outcome, string workshopId) => outcome switch
    {
        DataRightsOutcome.NotFound => TabProblems.NotFound($"There is no workshop '{workshopId}'."),
        DataRightsOutcome.NotFacilitator => TypedResults.Problem(
            "Only the workshop's facilitators export it, delete it or read its audit trail.", statusCode: StatusCodes.Status403Forbidden, title: "Facilitators only"),
        DataRightsOutcome.NotConfirmed => TypedResults.Problem(
            "'confirmTitle' is not the workshop's title; nothing was deleted.", statusCode: StatusCodes.Status400BadRequest, title: "Confirmation required"),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}

/// <summary>The body of POST .../deletion: the workshop's title, typed back.</summary>
public sealed record DeletionRequest(string? ConfirmTitle);

/// <summary>What a deletion removed.</summary>
public sealed record DeletionResponse(string WorkshopId, string Title, int DocumentFiles);
