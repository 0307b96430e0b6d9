using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Tabs.Plenary;

/// <summary>What the second-half endpoints need, bound with [AsParameters].</summary>
public sealed class PlenaryServices
{
    public required HttpContext Http { get; init; }

    [FromHeader(Name = TabAuthExtensions.TeamHeader)]
    public string? TeamId { get; init; }

    public required WorkshopAccess Access { get; init; }

    public required ReadPlenary Read { get; init; }

    public required ConsolidateMap Consolidate { get; init; }

    public required PlanInitiatives Plan { get; init; }

    public required WorkshopVersions Versions { get; init; }

    /// <summary>The caller; the policy guarantees an authenticated user, and the token's claims are checked here.</summary>
    public TabCaller? Caller => TabCaller.From(Http.User, TabAuthExtensions.BearerToken(Http));
}
