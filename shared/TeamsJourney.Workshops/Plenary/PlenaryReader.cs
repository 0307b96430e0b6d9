using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>
/// Reads the second half: the groups' maps as they are now (or as a version froze them) with the log of the
/// facilitator's and participants' changes over them. Shared by every second-half use case.
/// </summary>
internal sealed class PlenaryReader(WorkshopRepository repository)
{
    public WorkshopRepository Repository { get; } = repository;

    public async Task<(Workshop Workshop, PlenaryView View)?> ReadAsync(string workshopId, CancellationToken cancellationToken)
    {
        var stored = await Repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var (log, _) = await Repository.ReadPlenaryAsync(workshopId, cancellationToken);
        var groups = (await Repository.ReadGroupsWithVersionsAsync(stored.Workshop, cancellationToken))
            .Select(g => new GroupMap(g.Group.Id, g.Group.Name, g.Session.Map))
            .ToList();
        return (stored.Workshop, ViewOf(stored.Workshop, groups, log));
    }

    /// <summary>The groups' maps and the log exactly as a frozen version recorded them.</summary>
    public async Task<(IReadOnlyList<GroupMap> Groups, PlenaryLog Log)> ReadFrozenAsync(Workshop workshop, VersionMark mark, CancellationToken cancellationToken)
    {
        var groups = new List<GroupMap>();
        foreach (var group in workshop.Groups)
        {
            if (mark.GroupVersions.TryGetValue(group.Id, out var streamVersion)
                && await Repository.LoadGroupAtAsync(workshop.Id, group.Id, streamVersion, cancellationToken) is { } session)
            {
                groups.Add(new GroupMap(group.Id, group.Name, session.Map));
            }
        }

        return (groups, await Repository.ReadPlenaryUpToAsync(workshop.Id, mark.PlenaryEvents, cancellationToken));
    }

    public static PlenaryView ViewOf(Workshop workshop, IReadOnlyList<GroupMap> groups, PlenaryLog log) =>
        new(
            workshop.Id,
            WorkshopConsolidation.Build(groups, log.StageMappings, log.ClusterOperations),
            InitiativePool.Build(groups, log.PlanChanges, log.DotsPerPerson),
            [.. log.Versions.Select(v => new VersionSummary(v.Number, v.Name, v.FrozenAt))],
            log.EventCount,
            workshop.Facilitators);
}
