using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// The facilitator console's endpoints under /api/tab/workshops/{workshopId}: the progress of every group, and the
/// actions on every group at once. The use cases decide (facilitators only); this only translates.
/// </summary>
public static class ConsoleApi
{
    /// <summary>Maps the console endpoints; all require the tab user policy.</summary>
    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/tab/workshops/{workshopId}").RequireAuthorization(TabAuthExtensions.TabUserPolicy);
        api.MapGet("/progress", GetProgress);
        api.MapPost("/facilitation/move-all", (string workshopId, MoveAllRequest? body, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            body?.Phase is { } text && WorkshopPhases.TryParse(text, out var phase)
                ? ActAsync(workshopId, services, (f, who) => services.Facilitate.MoveAllToPhaseAsync(workshopId, who, phase, "tab-" + Guid.NewGuid().ToString("N"), ct), ct)
                : Task.FromResult<Results<Ok<FacilitationResponse>, ProblemHttpResult>>(TabProblems.BadRequest("'phase' must be persona, journey, blueprint, ideas or voting.")));
        api.MapPost("/facilitation/pause-all", (string workshopId, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            ActAsync(workshopId, services, (f, who) => f.PauseAllAsync(workshopId, who, "tab-" + Guid.NewGuid().ToString("N"), ct), ct));
        api.MapPost("/facilitation/resume-all", (string workshopId, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            ActAsync(workshopId, services, (f, who) => f.ResumeAllAsync(workshopId, who, "tab-" + Guid.NewGuid().ToString("N"), ct), ct));
        api.MapPost("/facilitation/extend", (string workshopId, ExtendRequest? body, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            body?.Minutes is { } minutes
                ? ActAsync(workshopId, services, (f, who) => f.ExtendTimeBoxAsync(workshopId, who, TimeSpan.FromMinutes(minutes), ct), ct)
                : Task.FromResult<Results<Ok<FacilitationResponse>, ProblemHttpResult>>(TabProblems.BadRequest("'minutes' is required: a whole number from 1 to 60.")));
        api.MapPost("/facilitation/broadcast", (string workshopId, BroadcastRequest? body, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            ActAsync(workshopId, services, (f, who) => f.BroadcastAsync(workshopId, who, body?.Message ?? string.Empty, ct), ct));
        api.MapPost("/facilitation/lock", (string workshopId, LockRequest? body, [AsParameters] ConsoleServices services, CancellationToken ct) =>
            body?.Locked is { } locked
                ? ActAsync(workshopId, services, (f, who) => f.SetMapLockedAsync(workshopId, who, locked, ct), ct)
                : Task.FromResult<Results<Ok<FacilitationResponse>, ProblemHttpResult>>(TabProblems.BadRequest("'locked' is required: true or false.")));
        return endpoints;
    }

    internal static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> GetProgress(
        string workshopId, [AsParameters] ConsoleServices services, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(workshopId, services, cancellationToken) is { } problem)
        {
            return problem;
        }

        var progress = await services.Progress.ReadAsync(workshopId, cancellationToken);
        var workshop = await services.Channels.FindAsync(workshopId, cancellationToken);
        return progress is null || workshop is null
            ? TabProblems.NotFound($"There is no workshop '{workshopId}'.")
            : TypedResults.Ok(ProgressResponse.From(progress, workshop.IsFacilitator(Acting(services.Caller!, workshop).UserId)));
    }

    private static async Task<Results<Ok<FacilitationResponse>, ProblemHttpResult>> ActAsync(
        string workshopId, ConsoleServices services, Func<FacilitateWorkshop, Participant, Task<FacilitationResult>> act, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(workshopId, services, cancellationToken) is { } problem)
        {
            return problem;
        }

        var workshop = await services.Channels.FindAsync(workshopId, cancellationToken);
        if (workshop is null)
        {
            return TabProblems.NotFound($"There is no workshop '{workshopId}'.");
        }

        var result = await act(services.Facilitate, Acting(services.Caller!, workshop));
        return result.Outcome switch
        {
            FacilitationOutcome.Done => TypedResults.Ok(new FacilitationResponse(result.Message, result.Progress is null ? null : ProgressResponse.From(result.Progress, true))),
            FacilitationOutcome.NotFacilitator => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Facilitators only"),
            FacilitationOutcome.NoWorkshop => TabProblems.NotFound(result.Message),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        };
    }

    // The same access check as the map: tenant, team, membership.
    private static async Task<ProblemHttpResult?> AllowedAsync(string workshopId, ConsoleServices services, CancellationToken cancellationToken)
    {
        if (services.Caller is not { } caller)
        {
            return TabProblems.NoCaller();
        }

        var access = await services.Access.CheckWorkshopAsync(caller, services.TeamId, workshopId, cancellationToken);
        return access.Outcome == AccessOutcome.Allowed ? null : TabProblems.From(access);
    }

    // Without SSO (local development only) every tab user is the one local identity, which Teams never sends the
    // bot: it acts as the workshop's first facilitator, as the Agents Playground's user does in the bot.
    private static Participant Acting(TabCaller caller, Workshop workshop) =>
        caller.IsLocalDevelopment && workshop.Facilitators.Count > 0
            ? new Participant(workshop.Facilitators[0], caller.UserName)
            : new Participant(caller.UserId, caller.UserName);
}

/// <summary>What the console endpoints need, bound with [AsParameters].</summary>
public sealed class ConsoleServices
{
    public required HttpContext Http { get; init; }

    [Microsoft.AspNetCore.Mvc.FromHeader(Name = TabAuthExtensions.TeamHeader)]
    public string? TeamId { get; init; }

    public required WorkshopAccess Access { get; init; }

    public required ChannelWorkshops Channels { get; init; }

    public required WorkshopProgress Progress { get; init; }

    public required FacilitateWorkshop Facilitate { get; init; }

    public TabCaller? Caller => TabCaller.From(Http.User, TabAuthExtensions.BearerToken(Http));
}

/// <summary>POST .../facilitation/move-all.</summary>
public sealed record MoveAllRequest(string? Phase);

/// <summary>POST .../facilitation/extend.</summary>
public sealed record ExtendRequest(int? Minutes);

/// <summary>POST .../facilitation/broadcast.</summary>
public sealed record BroadcastRequest(string? Message);

/// <summary>POST .../facilitation/lock.</summary>
public sealed record LockRequest(bool? Locked);

/// <summary>200 answer of a console action: what happened, and the progress after it.</summary>
public sealed record FacilitationResponse(string Message, ProgressResponse? Progress);

/// <summary>One group on the console.</summary>
public sealed record GroupProgressResponse(
    string GroupId, string Name, string Phase, int Step, int Steps, int Items, DateTimeOffset? LastActivityAt, bool IsPaused, bool IsFinished);

/// <summary>GET .../progress (and the hub's "progress" message).</summary>
public sealed record ProgressResponse(
    string WorkshopId,
    string Title,
    bool IsLocked,
    bool IsPaused,
    string? Phase,
    DateTimeOffset? EndsAt,
    int? SecondsLeft,
    DateTimeOffset At,
    bool CanFacilitate,
    IReadOnlyList<GroupProgressResponse> Groups)
{
    public static ProgressResponse From(WorkshopProgressReport progress, bool canFacilitate)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(
            progress.WorkshopId,
            progress.Title,
            progress.IsLocked,
            progress.IsPaused,
            progress.Phase is { } phase ? WorkshopPhases.NameOf(phase) : null,
            progress.EndsAt,
            progress.TimeLeft is { } left ? (int)Math.Ceiling(left.TotalSeconds) : null,
            progress.At,
            canFacilitate,
            [.. progress.Groups.Select(g => new GroupProgressResponse(
                g.GroupId, g.Name, WorkshopPhases.NameOf(g.Phase), g.Step, g.Steps, g.Items, g.LastActivityAt, g.IsPaused, g.IsFinished))]);
    }
}
