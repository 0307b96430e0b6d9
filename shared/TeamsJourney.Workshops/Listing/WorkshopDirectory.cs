using TeamsJourney.Storage;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Listing;

/// <summary>Finds and lists workshops by where they live (tenant, team, channel), for access checks and pickers.</summary>
public sealed class WorkshopDirectory
{
    private readonly WorkshopRepository _repository;

    internal WorkshopDirectory(WorkshopRepository repository) => _repository = repository;

    /// <summary>The workshop with that id, or null. Its groups are left out: this is the cheap check for access.</summary>
    public async Task<WorkshopListing?> FindAsync(string workshopId, CancellationToken cancellationToken = default) =>
        await _repository.FindHeaderAsync(workshopId, cancellationToken) is { } header ? Listing(header, null) : null;

    /// <summary>The tenant's workshops, oldest first, narrowed to a team or channel when given, with their groups.</summary>
    public async Task<IReadOnlyList<WorkshopListing>> ListAsync(string tenantId, string? teamId, string? channelId, CancellationToken cancellationToken = default)
    {
        var headers = await _repository.ListHeadersAsync(tenantId, teamId, channelId, cancellationToken);
        var list = new List<WorkshopListing>(headers.Count);
        foreach (var header in headers)
        {
            list.Add(Listing(header, (await _repository.LoadWorkshopAsync(header.WorkshopId, cancellationToken))?.Workshop));
        }

        return list;
    }

    private static WorkshopListing Listing(WorkshopHeader header, Domain.Workshops.Workshop? workshop) =>
        new(header.WorkshopId, workshop?.Title ?? header.Title, header.TenantId, header.TeamId, header.ChannelId, header.CreatedAt, workshop?.Groups ?? []);
}
