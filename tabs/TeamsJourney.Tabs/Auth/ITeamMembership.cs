namespace TeamsJourney.Tabs.Auth;

/// <summary>Answers whether the caller belongs to a Teams team (the seam Graph sits behind).</summary>
public interface ITeamMembership
{
    /// <summary>True when <paramref name="caller"/> is a member of <paramref name="teamId"/> (the team's thread id or group id).</summary>
    Task<bool> IsMemberAsync(TabCaller caller, string teamId, CancellationToken cancellationToken = default);
}
