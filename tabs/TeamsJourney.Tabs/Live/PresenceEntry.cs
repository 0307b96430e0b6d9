namespace TeamsJourney.Tabs.Live;

/// <summary>Who is on a workshop's map and what they look at: mode is "viewing" or "editing".</summary>
public sealed record PresenceEntry(string ConnectionId, string UserName, string? ItemId, string Mode)
{
    public const string Viewing = "viewing";
    public const string Editing = "editing";
}
