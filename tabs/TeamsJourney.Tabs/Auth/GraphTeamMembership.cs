using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Tabs.Auth;

/// <summary>
/// Reads the caller's teams from Microsoft Graph (GET /me/joinedTeams) and matches the team either by its
/// group id or by its thread id (the "19:...@thread.tacv2" the bot stores). Answers are cached for a few
/// minutes per caller so a busy map does not call Graph on every request.
/// </summary>
internal sealed class GraphTeamMembership(HttpClient http, IGraphAccessToken tokens, IOptions<TabAuthOptions> options, TimeProvider time) : ITeamMembership
{
    public const string HttpClientName = "TeamsJourney.Tabs.Graph";

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, HashSet<string> TeamIds)> _cache = new(StringComparer.Ordinal);

    public async Task<bool> IsMemberAsync(TabCaller caller, string teamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var key = $"{caller.TenantId}|{caller.UserId}";
        var now = time.GetUtcNow();
        if (!_cache.TryGetValue(key, out var cached) || cached.Until <= now)
        {
            cached = (now + CacheFor, await ReadJoinedTeamsAsync(caller, cancellationToken));
            _cache[key] = cached;
        }

        return cached.TeamIds.Contains(teamId);
    }

    private async Task<HashSet<string>> ReadJoinedTeamsAsync(TabCaller caller, CancellationToken cancellationToken)
    {
        var token = await tokens.ForCallerAsync(caller, cancellationToken);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Uri? next = new(options.Value.GraphBaseUrl, "me/joinedTeams?$select=id,internalId,displayName");
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Microsoft Graph answered {(int)response.StatusCode} to /me/joinedTeams.", null, response.StatusCode);
            }

            using var page = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (page.RootElement.TryGetProperty("value", out var teams) && teams.ValueKind == JsonValueKind.Array)
            {
                foreach (var team in teams.EnumerateArray())
                {
                    AddString(ids, team, "id");
                    AddString(ids, team, "internalId");
                }
            }

            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) && link.GetString() is { Length: > 0 } href ? new Uri(href) : null;
        }

        return ids;
    }

    private static void AddString(HashSet<string> ids, JsonElement team, string property)
    {
        if (team.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id)
        {
            ids.Add(id);
        }
    }
}
