using Microsoft.AspNetCore.Http;
using TeamsJourney.Workshops.Identifiers;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// Checks the ids of a tab API request (workshop and group in the route, group and channel in the query, the team header) before the
/// endpoint runs: an id with a line break, tab, DEL, '#', '?' or '\' (e.g. <c>%0a</c>, <c>%3F</c>) is a 400 problem
/// details naming the id, never a 500 from the store.
/// </summary>
internal sealed class RouteIdsFilter : IEndpointFilter
{
    private static readonly string[] IdNames = ["workshopId", "groupId", "channelId"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        foreach (var name in IdNames)
        {
            var fromRoute = request.RouteValues.TryGetValue(name, out var routeValue) ? routeValue as string : null;
            var fromQuery = request.Query.TryGetValue(name, out var queryValue) ? queryValue.ToString() : null;
            var problem = fromRoute is not null ? WorkshopIds.Problem(fromRoute, name)
                : !string.IsNullOrWhiteSpace(fromQuery) ? WorkshopIds.Problem(fromQuery, name)
                : null;
            if (problem is not null)
            {
                return TabProblems.InvalidId(problem);
            }
        }

        if (request.Headers.TryGetValue(Auth.TabAuthExtensions.TeamHeader, out var team) && !string.IsNullOrWhiteSpace(team.ToString())
            && WorkshopIds.Problem(team.ToString(), Auth.TabAuthExtensions.TeamHeader) is { } teamProblem)
        {
            return TabProblems.InvalidId(teamProblem);
        }

        return await next(context);
    }
}
