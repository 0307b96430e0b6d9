namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>The people in the tests: two team members, an outsider in the same tenant, and someone from another tenant.</summary>
public static class People
{
    public const string Tenant = TeamsActivities.TenantId;
    public const string Team = TeamsActivities.TeamId;
    public const string Channel = TeamsActivities.ChannelId;
    public const string OtherTeam = "19:team-finance@thread.tacv2";
    public const string OtherTenant = "3c2b1a09-8877-4665-9443-21fedcba9876";

    public static TabUser Alice { get; } = new("a11ce000-0000-4000-8000-000000000001", "Alice Adebayo", Tenant);

    public static TabUser Bob { get; } = new("b0b00000-0000-4000-8000-000000000002", "Bob Byrne", Tenant);

    public static TabUser Eve { get; } = new("e7e00000-0000-4000-8000-000000000003", "Eve Outsider", Tenant);

    public static TabUser Mallory { get; } = new("3a110000-0000-4000-8000-000000000004", "Mallory Elsewhere", OtherTenant);

    /// <summary>Alice and Bob are in the team; Eve is only in another team; Mallory claims the same team id in her tenant.</summary>
    public static void Enrol(LocalEntra entra)
    {
        ArgumentNullException.ThrowIfNull(entra);
        entra.SetTeams(Alice.UserId, Team);
        entra.SetTeams(Bob.UserId, Team);
        entra.SetTeams(Eve.UserId, OtherTeam);
        entra.SetTeams(Mallory.UserId, Team);
    }
}
