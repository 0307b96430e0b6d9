using Microsoft.AspNetCore.Http;
using TeamsJourney.Workshops.Listing;

namespace TeamsJourney.Tabs.Auth;

/// <summary>What the caller may see: the outcome of a tenant/team/membership check.</summary>
public enum AccessOutcome
{
    /// <summary>The caller may see it.</summary>
    Allowed,

    /// <summary>There is no such workshop.</summary>
    NotFound,

    /// <summary>Another tenant or team, or not a member of the team: 403 with no data.</summary>
    Forbidden,

    /// <summary>The request does not say which team it is for: 400.</summary>
    MissingTeam,
}

/// <summary>The outcome, the workshop when allowed, and a sentence for the caller.</summary>
public sealed record AccessDecision(AccessOutcome Outcome, WorkshopListing? Workshop, string Reason)
{
    /// <summary>The HTTP status a refusal answers with (the REST API and the hub say the same).</summary>
    public int StatusCode => Outcome switch
    {
        AccessOutcome.Allowed => StatusCodes.Status200OK,
        AccessOutcome.NotFound => StatusCodes.Status404NotFound,
        AccessOutcome.MissingTeam => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status403Forbidden,
    };
}

/// <summary>
/// The one place that decides whether a caller may see a workshop: same tenant as the token, same team as
/// the tab's context (X-Teams-Team-Id), and the caller must be a member of that team. The local development
/// identity only sees the local tenant's workshops.
/// </summary>
public sealed class WorkshopAccess(WorkshopDirectory directory, ITeamMembership membership)
{
    /// <summary>Checks that the caller may list workshops of <paramref name="teamId"/>.</summary>
    public async Task<AccessDecision> CheckTeamAsync(TabCaller caller, string? teamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(teamId))
        {
            return caller.IsLocalDevelopment
                ? new AccessDecision(AccessOutcome.Allowed, null, "local development")
                : new AccessDecision(AccessOutcome.MissingTeam, null, "Send the Teams team id (from the tab's context) in the X-Teams-Team-Id header.");
        }

        return caller.IsLocalDevelopment || await membership.IsMemberAsync(caller, teamId, cancellationToken)
            ? new AccessDecision(AccessOutcome.Allowed, null, "member")
            : new AccessDecision(AccessOutcome.Forbidden, null, "You are not a member of this team.");
    }

    /// <summary>
    /// Keeps the workshops of teams the caller is a member of (one Graph read, cached): what a signed-in caller
    /// with no team context (the Office add-in) may pick from. Workshops in chats have no team to check: left out.
    /// </summary>
    public async Task<IReadOnlyList<WorkshopListing>> KeepMemberTeamsAsync(TabCaller caller, IReadOnlyList<WorkshopListing> workshops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(workshops);
        if (caller.IsLocalDevelopment)
        {
            return workshops;
        }

        var kept = new List<WorkshopListing>(workshops.Count);
        foreach (var workshop in workshops)
        {
            if (workshop.TeamId is { Length: > 0 } team && string.Equals(workshop.TenantId, caller.TenantId, StringComparison.Ordinal)
                && await membership.IsMemberAsync(caller, team, cancellationToken))
            {
                kept.Add(workshop);
            }
        }

        return kept;
    }

    /// <summary>Checks that the caller may see (and edit) one workshop.</summary>
    public async Task<AccessDecision> CheckWorkshopAsync(TabCaller caller, string? teamId, string workshopId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var team = await CheckTeamAsync(caller, teamId, cancellationToken);
        if (team.Outcome != AccessOutcome.Allowed)
        {
            return team;
        }

        var workshop = await directory.FindAsync(workshopId, cancellationToken);
        if (workshop is null)
        {
            return new AccessDecision(AccessOutcome.NotFound, null, $"There is no workshop '{workshopId}'.");
        }

        // Another tenant's or team's workshop is refused in the same words as a missing team membership,
        // so a caller cannot probe which workshop ids exist elsewhere.
        var sameTenant = string.Equals(workshop.TenantId, caller.TenantId, StringComparison.Ordinal);
        var sameTeam = string.IsNullOrWhiteSpace(teamId) || string.Equals(workshop.TeamId, teamId, StringComparison.Ordinal);
        return sameTenant && sameTeam
            ? new AccessDecision(AccessOutcome.Allowed, workshop, "allowed")
            : new AccessDecision(AccessOutcome.Forbidden, null, "This workshop belongs to another tenant or team.");
    }
}
