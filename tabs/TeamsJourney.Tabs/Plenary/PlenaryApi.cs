using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TeamsJourney.Domain.Common;
using TeamsJourney.Tabs.Api;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Tabs.Plenary;

/// <summary>
/// The second half under /api/tab/workshops/{id}/plenary (contract: tabs/API.md): the consolidated map, the
/// pooled initiatives with the workshop-wide vote and the action plan, versions and their comparison.
/// </summary>
public static class PlenaryApi
{
    /// <summary>Maps the endpoints; all require the tab user policy and access to the workshop.</summary>
    public static IEndpointRouteBuilder MapPlenaryApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var plenary = endpoints.MapGroup("/api/tab/workshops/{workshopId}/plenary").RequireAuthorization(TabAuthExtensions.TabUserPolicy).AddEndpointFilter<RouteIdsFilter>();
        plenary.MapGet(string.Empty, GetPlenary);
        plenary.MapGet("/compare", Compare);
        plenary.MapPost("/clusters", (string workshopId, ClusterRequest? body, [AsParameters] PlenaryServices services, CancellationToken ct) =>
            WriteAsync(workshopId, body, services, (person, request) =>
                PlenaryRequestReader.Cluster(request) is { } operation
                    ? services.Consolidate.ApplyAsync(workshopId, person, operation, ct)
                    : services.Consolidate.UndoAsync(workshopId, person, ct)));
        plenary.MapPost("/stages", (string workshopId, StageMappingRequest? body, [AsParameters] PlenaryServices services, CancellationToken ct) =>
            WriteAsync(workshopId, body, services, (person, request) =>
                services.Consolidate.LineUpStageAsync(workshopId, person, PlenaryRequestReader.Mapping(request), ct)));
        plenary.MapPost("/initiatives", (string workshopId, InitiativeRequest? body, [AsParameters] PlenaryServices services, CancellationToken ct) =>
            WriteAsync(workshopId, body, services, (person, request) =>
                PlenaryRequestReader.Initiative(request, person.UserId) is { } change
                    ? services.Plan.ChangeAsync(workshopId, person, change, ct)
                    : services.Plan.UndoMergeAsync(workshopId, person, ct)));
        plenary.MapPost("/dots", (string workshopId, DotsRequest? body, [AsParameters] PlenaryServices services, CancellationToken ct) =>
            WriteAsync(workshopId, body, services, (person, request) =>
                services.Plan.SetDotsPerPersonAsync(workshopId, person, request.DotsPerPerson ?? 0, ct)));
        plenary.MapPost("/versions", (string workshopId, VersionRequest? body, [AsParameters] PlenaryServices services, CancellationToken ct) =>
            WriteAsync(workshopId, body, services, (person, request) =>
                services.Versions.FreezeAsync(workshopId, person, request.Name ?? string.Empty, ct)));
        return endpoints;
    }

    internal static async Task<Results<Ok<PlenarySnapshot>, ProblemHttpResult>> GetPlenary(
        string workshopId, [AsParameters] PlenaryServices services, CancellationToken cancellationToken)
    {
        if (await CheckAsync(workshopId, services, cancellationToken) is { } refused)
        {
            return refused;
        }

        var view = await services.Read.ReadAsync(workshopId, cancellationToken);
        return view is null
            ? TabProblems.NotFound($"There is no workshop '{workshopId}'.")
            : TypedResults.Ok(Snapshot(view, services));
    }

    internal static async Task<Results<Ok<ComparisonSnapshot>, ProblemHttpResult>> Compare(
        string workshopId, int? from, int? to, [AsParameters] PlenaryServices services, CancellationToken cancellationToken)
    {
        if (await CheckAsync(workshopId, services, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (from is not > 0)
        {
            return TabProblems.BadRequest("'from' is required: the number of a frozen version (1, 2, ...); 'to' is another, or left out for now.");
        }

        var comparison = await services.Versions.CompareAsync(workshopId, from.Value, to, cancellationToken);
        return comparison is null
            ? TabProblems.NotFound($"Workshop '{workshopId}' has no version {from}{(to is null ? string.Empty : $" or {to}")}.")
            : TypedResults.Ok(PlenaryMapper.Comparison(comparison));
    }

    private static async Task<Results<Ok<PlenarySnapshot>, ProblemHttpResult>> WriteAsync<TRequest>(
        string workshopId, TRequest? body, PlenaryServices services, Func<Participant, TRequest, Task<PlenaryResult>> write)
        where TRequest : class
    {
        var cancellationToken = services.Http.RequestAborted;
        if (await CheckAsync(workshopId, services, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (body is null)
        {
            return TabProblems.BadRequest("The body must be JSON (see tabs/API.md).");
        }

        var caller = services.Caller!;
        PlenaryResult result;
        try
        {
            result = await write(new Participant(caller.UserId, caller.UserName), body);
        }
        catch (DomainValidationException invalid)
        {
            return TabProblems.BadRequest(invalid.Message);
        }

        return result.Outcome switch
        {
            PlenaryOutcome.Applied => TypedResults.Ok(Snapshot(result.View!, services)),
            PlenaryOutcome.NotFound => TabProblems.NotFound(result.Reason!),
            PlenaryOutcome.NotFacilitator => TypedResults.Problem(result.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Facilitators only"),
            _ => TabProblems.BadRequest(result.Reason!),
        };
    }

    private static async Task<ProblemHttpResult?> CheckAsync(string workshopId, PlenaryServices services, CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        return access.Outcome == AccessOutcome.Allowed ? null : TabProblems.From(access);
    }

    private static PlenarySnapshot Snapshot(PlenaryView view, PlenaryServices services) =>
        PlenaryMapper.Snapshot(view, services.Caller!.UserId, view.IsFacilitator(services.Caller!.UserId));
}
