using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Edits;

namespace TeamsJourney.Tabs.Api;

/// <summary>The tab API's problem details, one place for titles and status codes.</summary>
internal static class TabProblems
{
    public static ProblemHttpResult NoCaller() =>
        TypedResults.Problem("The token does not name a user (oid) and a tenant (tid).", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required");

    public static ProblemHttpResult From(AccessDecision decision) => decision.Outcome switch
    {
        AccessOutcome.NotFound => TypedResults.Problem(decision.Reason, statusCode: StatusCodes.Status404NotFound, title: "Workshop not found"),
        AccessOutcome.MissingTeam => TypedResults.Problem(decision.Reason, statusCode: StatusCodes.Status400BadRequest, title: "Team missing"),
        _ => TypedResults.Problem(decision.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Not your workshop"),
    };

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Edit refused");

    public static ProblemHttpResult Conflict(EditConflict conflict) => TypedResults.Problem(
        conflict.Detail,
        statusCode: StatusCodes.Status409Conflict,
        title: "Someone changed this first",
        extensions: new Dictionary<string, object?>
        {
            ["current"] = conflict.Current,
            ["conflictingField"] = conflict.ConflictingField,
            ["winner"] = conflict.Winner,
        });
}
