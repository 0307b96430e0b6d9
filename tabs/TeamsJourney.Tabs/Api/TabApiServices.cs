using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TeamsJourney.Tabs.Auth;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Workshops.Listing;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Tabs.Api;

/// <summary>What every tab endpoint needs, bound with [AsParameters].</summary>
public sealed class TabApiServices
{
    public required HttpContext Http { get; init; }

    [FromHeader(Name = TabAuthExtensions.TeamHeader)]
    public string? TeamId { get; init; }

    public required WorkshopAccess Access { get; init; }

    public required WorkshopDirectory Directory { get; init; }

    public required WorkshopMapReader Maps { get; init; }

    public required MapEdits Edits { get; init; }

    /// <summary>The caller; the policy guarantees an authenticated user, and the token's claims are checked here.</summary>
    public TabCaller? Caller => TabCaller.From(Http.User, TabAuthExtensions.BearerToken(Http));
}
