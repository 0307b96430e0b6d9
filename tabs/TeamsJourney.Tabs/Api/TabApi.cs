using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Listing;
using TeamsJourney.Workshops.Maps;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Tabs.Api;

/// <summary>The tab's REST API under /api/tab (contract: tabs/API.md).</summary>
public static class TabApi
{
    /// <summary>Maps the endpoints; all require the tab user policy.</summary>
    public static IEndpointRouteBuilder MapTabApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/tab").RequireAuthorization(TabAuthExtensions.TabUserPolicy).AddEndpointFilter<RouteIdsFilter>();
        api.MapGet("/me", GetMe);
        api.MapGet("/workshops", ListWorkshops);
        api.MapGet("/workshops/{workshopId}/map", GetMap);
        api.MapGet("/workshops/{workshopId}/changes", GetChanges);
        api.MapPost("/workshops/{workshopId}/groups/{groupId}/edits", PostEdit);
        return endpoints;
    }

    internal static Results<Ok<MeResponse>, ProblemHttpResult> GetMe([AsParameters] TabApiServices services) =>
        services.Caller is { } caller
            ? TypedResults.Ok(new MeResponse(caller.UserId, caller.UserName, caller.TenantId, caller.IsLocalDevelopment))
            : TabProblems.NoCaller();

    internal static async Task<Results<Ok<List<WorkshopSummary>>, ProblemHttpResult>> ListWorkshops(
        string? channelId, [AsParameters] TabApiServices services, CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        IReadOnlyList<WorkshopListing> listed;
        if (string.IsNullOrWhiteSpace(services.TeamId) && !caller.IsLocalDevelopment)
        {
            // No team context (the Office add-in runs outside Teams): every workshop of the teams the caller is in.
            var tenantWide = await services.Directory.ListAsync(caller.TenantId, null, NullIfBlank(channelId), cancellationToken);
            listed = await services.Access.KeepMemberTeamsAsync(caller, tenantWide, cancellationToken);
        }
        else
        {
            var access = await services.Access.CheckTeamAsync(caller, services.TeamId, cancellationToken);
            if (access.Outcome != AccessOutcome.Allowed)
            {
                return TabProblems.From(access);
            }

            listed = await services.Directory.ListAsync(caller.TenantId, NullIfBlank(services.TeamId), NullIfBlank(channelId), cancellationToken);
        }

        var list = listed
            .Select(w => new WorkshopSummary(w.WorkshopId, w.Title, w.TenantId, w.TeamId, w.ChannelId, w.CreatedAt, [.. w.Groups.Select(g => new GroupSummary(g.Id, g.Name, g.ScenarioId))]))
            .ToList();
        return TypedResults.Ok(list);
    }

    internal static async Task<Results<Ok<MapSnapshot>, ProblemHttpResult>> GetMap(
        string workshopId, string? groupId, [AsParameters] TabApiServices services, CancellationToken cancellationToken)
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

        var map = await services.Maps.ReadMapAsync(workshopId, NullIfBlank(groupId), caller.UserId, cancellationToken);
        return map is null ? TabProblems.NotFound($"Workshop '{workshopId}' has no group '{groupId}'.") : TypedResults.Ok(map);
    }

    internal static async Task<Results<Ok<ChangesSnapshot>, ProblemHttpResult>> GetChanges(
        string workshopId, string? after, string? groupId, [AsParameters] TabApiServices services, CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        // A position token from /map or /changes; a plain number (what clients sent before positions) cannot say
        // which groups changed, so it is answered with every group: more than needed, never less.
        MapPosition? position = null;
        if (!PositionToken.TryParse(after, out position) && !(long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return TabProblems.BadRequest("'after' is required: the position of your last /map or /changes answer.");
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        return access.Outcome != AccessOutcome.Allowed
            ? TabProblems.From(access)
            : TypedResults.Ok(await services.Maps.ReadChangesAsync(workshopId, position, NullIfBlank(groupId), caller.UserId, cancellationToken));
    }

    internal static async Task<Results<Ok<EditResponse>, ProblemHttpResult>> PostEdit(
        string workshopId, string groupId, MapEdit? request, [AsParameters] TabApiServices services, CancellationToken cancellationToken)
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

        if (request is null)
        {
            return TabProblems.BadRequest("The body must be a JSON edit (see tabs/API.md).");
        }

        return await services.Edits.ApplyAsync(new Participant(caller.UserId, caller.UserName), caller.TenantId, workshopId, groupId, request, cancellationToken) switch
        {
            EditApplied applied => TypedResults.Ok(new EditResponse(
                applied.Version,
                applied.Item is null ? null : SnapshotMapper.Item(applied.Item),
                applied.Initiative is null ? null : SnapshotMapper.Initiative(applied.Initiative, caller.UserId),
                applied.Duplicate)),
            EditConflict conflict => TabProblems.Conflict(conflict),
            EditNotFound notFound => TabProblems.NotFound(notFound.Detail),
            EditLocked locked => TabProblems.Locked(locked.Detail),
            EditInvalid invalid => TabProblems.BadRequest(invalid.Detail),
            var other => throw new InvalidOperationException($"Unexpected edit outcome {other.GetType().Name}."),
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>GET /api/tab/me.</summary>
public sealed record MeResponse(string UserId, string UserName, string TenantId, bool IsLocalDevelopment);

/// <summary>200 answer of an edit.</summary>
public sealed record EditResponse(long Version, ItemSnapshot? Item, InitiativeSnapshot? Initiative, bool Duplicate);
