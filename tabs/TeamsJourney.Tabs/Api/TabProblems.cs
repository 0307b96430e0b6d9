using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Tabs.Api;

/// <summary>The tab API's problem details, one place for titles and status codes.</summary>
internal static class TabProblems
{
    public static ProblemHttpResult NoCaller() =>
        TypedResults.Problem("The token does not name a user (oid) and a tenant (tid).", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required");

    public static ProblemHttpResult From(AccessDecision decision) => TypedResults.Problem(
        decision.Reason,
        statusCode: decision.StatusCode,
        title: decision.Outcome switch
        {
            AccessOutcome.NotFound => "Workshop not found",
            AccessOutcome.MissingTeam => "Team missing",
            _ => "Not your workshop",
        });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Edit refused");

    // 423 Locked (WebDAV) says exactly this: the resource is locked, asking again will not help until it is unlocked.
    public static ProblemHttpResult Locked(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status423Locked, title: "Map locked");

    public static ProblemHttpResult InvalidId(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid id");

    public static ProblemHttpResult Conflict(EditConflict conflict) => TypedResults.Problem(
        conflict.Detail,
        statusCode: StatusCodes.Status409Conflict,
        title: "Someone changed this first",
        extensions: new Dictionary<string, object?>
        {
            ["current"] = conflict.Current is null ? null : Snapshots.SnapshotMapper.Item(conflict.Current),
            ["conflictingField"] = conflict.ConflictingField,
            ["winner"] = conflict.Winner,
        });
}
