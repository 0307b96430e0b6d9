using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Builders;

/// <summary>Builds workshop headers that read like the scenario: <c>AWorkshop().InTeam("t1").Build()</c>.</summary>
internal sealed class WorkshopBuilder
{
    private string _workshopId = "ws-" + Guid.NewGuid().ToString("N");
    private string _tenantId = "tenant-" + Guid.NewGuid().ToString("N");
    private string? _teamId;
    private string? _channelId;
    private string _title = "Report a missed bin collection";
    private DateTimeOffset _createdAt = new(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(1));

    /// <summary>Starts a workshop with a fresh id in a fresh tenant.</summary>
    public static WorkshopBuilder AWorkshop() => new();

    public WorkshopBuilder WithId(string workshopId)
    {
        _workshopId = workshopId;
        return this;
    }

    public WorkshopBuilder InTenant(string tenantId)
    {
        _tenantId = tenantId;
        return this;
    }

    public WorkshopBuilder InTeam(string teamId)
    {
        _teamId = teamId;
        return this;
    }

    public WorkshopBuilder InChannel(string teamId, string channelId)
    {
        _teamId = teamId;
        _channelId = channelId;
        return this;
    }

    public WorkshopBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public WorkshopBuilder CreatedAt(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    public WorkshopHeader Build() => new(_workshopId, _tenantId, _teamId, _channelId, _title, _createdAt);
}
