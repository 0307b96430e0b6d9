using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TeamsJourney.Tabs.Auth;

namespace TeamsJourney.Tabs.Live;

/// <summary>
/// The live map hub (/hubs/map): one SignalR group per workshop. Joining is checked exactly like the REST
/// API (tenant, team, membership); changes and presence are pushed to the group, so with the Redis
/// backplane they reach clients of every instance.
/// </summary>
[Authorize(Policy = TabAuthExtensions.TabUserPolicy)]
public sealed class MapHub(WorkshopAccess access, IPresenceRegistry presence) : Hub
{
    private const string WorkshopKey = "workshopId";

    /// <summary>Starts receiving a workshop's changes and presence; returns who is there.</summary>
    public async Task<IReadOnlyList<PresenceEntry>> JoinWorkshop(string workshopId, string? groupId)
    {
        var caller = Caller();
        var decision = await access.CheckWorkshopAsync(caller, TeamId(), workshopId ?? string.Empty, Context.ConnectionAborted);
        if (decision.Outcome != AccessOutcome.Allowed)
        {
            throw new HubException($"{decision.StatusCode}: {decision.Reason}");
        }

        if (Context.Items.TryGetValue(WorkshopKey, out var previous) && previous is string old && old != workshopId)
        {
            await LeaveAsync(old);
        }

        Context.Items[WorkshopKey] = workshopId;
        await Groups.AddToGroupAsync(Context.ConnectionId, MapHubMessages.GroupFor(workshopId!), Context.ConnectionAborted);
        return await PublishAsync(workshopId!, await presence.UpsertAsync(workshopId!, new PresenceEntry(Context.ConnectionId, caller.UserName, null, PresenceEntry.Viewing), Context.ConnectionAborted));
    }

    /// <summary>Stops receiving a workshop's changes.</summary>
    public async Task LeaveWorkshop(string workshopId)
    {
        if (Context.Items.TryGetValue(WorkshopKey, out var joined) && joined is string current && current == workshopId)
        {
            Context.Items.Remove(WorkshopKey);
            await LeaveAsync(current);
        }
    }

    /// <summary>Says which item the caller looks at or edits (null = the map as a whole).</summary>
    public async Task SetPresence(string? itemId, string mode)
    {
        if (mode is not (PresenceEntry.Viewing or PresenceEntry.Editing))
        {
            throw new HubException($"400: mode must be '{PresenceEntry.Viewing}' or '{PresenceEntry.Editing}'.");
        }

        if (!Context.Items.TryGetValue(WorkshopKey, out var joined) || joined is not string workshopId)
        {
            throw new HubException("400: join a workshop before setting presence.");
        }

        var entry = new PresenceEntry(Context.ConnectionId, Caller().UserName, string.IsNullOrWhiteSpace(itemId) ? null : itemId, mode);
        await PublishAsync(workshopId, await presence.UpsertAsync(workshopId, entry, Context.ConnectionAborted));
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(WorkshopKey, out var joined) && joined is string workshopId)
        {
            // The connection is gone, so its own token no longer applies: the list still goes to the others.
            var list = await presence.RemoveAsync(workshopId, Context.ConnectionId, CancellationToken.None);
            await Clients.Group(MapHubMessages.GroupFor(workshopId)).SendAsync(MapHubMessages.Presence, list, CancellationToken.None);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(string workshopId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, MapHubMessages.GroupFor(workshopId), Context.ConnectionAborted);
        await PublishAsync(workshopId, await presence.RemoveAsync(workshopId, Context.ConnectionId, Context.ConnectionAborted));
    }

    private async Task<IReadOnlyList<PresenceEntry>> PublishAsync(string workshopId, IReadOnlyList<PresenceEntry> list)
    {
        await Clients.Group(MapHubMessages.GroupFor(workshopId)).SendAsync(MapHubMessages.Presence, list, Context.ConnectionAborted);
        return list;
    }

    // The token of the connection's first request is kept for the Graph membership check.
    private TabCaller Caller() =>
        TabCaller.From(Context.User ?? new(), Context.GetHttpContext() is { } http ? TabAuthExtensions.BearerToken(http) : null)
        ?? throw new HubException("401: the token does not name a user and tenant.");

    // Browsers cannot set headers on a WebSocket, so the team also travels in the query string.
    private string? TeamId()
    {
        var request = Context.GetHttpContext()?.Request;
        return request?.Query["teamId"].FirstOrDefault() is { Length: > 0 } fromQuery
            ? fromQuery
            : request?.Headers[TabAuthExtensions.TeamHeader].FirstOrDefault();
    }
}
