using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>
/// Rounds: the facilitator freezes the workshop under a name ("As-is, agreed 14 March"); the next round carries on
/// from the maps as they are; any version can be compared with another or with now.
/// </summary>
public sealed class WorkshopVersions
{
    private readonly PlenaryReader _reader;
    private readonly PlenaryWriter _writer;
    private readonly TimeProvider _time;

    internal WorkshopVersions(PlenaryReader reader, PlenaryWriter writer, TimeProvider time)
    {
        _reader = reader;
        _writer = writer;
        _time = time;
    }

    /// <summary>Freezes the workshop as it stands under <paramref name="name"/>; names are unique per workshop.</summary>
    public async Task<PlenaryResult> FreezeAsync(string workshopId, Participant facilitator, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        var stored = await _reader.Repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return PlenaryResult.NotFound;
        }

        // Where every group's stream stands now; a change a group makes while this is written belongs to the next round.
        var streams = (await _reader.Repository.ReadGroupsWithVersionsAsync(stored.Workshop, cancellationToken))
            .ToDictionary(g => g.Group.Id, g => g.Version, StringComparer.Ordinal);
        return await _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, log, now) =>
        {
            var trimmed = TextAnswer.Require(name, "version name", WorkshopVersion.MaxNameLength);
            if (view.Versions.Any(v => string.Equals(v.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainValidationException("version name", $"There is already a version called '{trimmed}'.");
            }

            return new VersionFrozen(facilitator.UserId, now, trimmed, streams, log.EventCount);
        }, cancellationToken);
    }

    /// <summary>
    /// Compares version <paramref name="from"/> with version <paramref name="to"/>, or with the workshop now when
    /// <paramref name="to"/> is null; null when the workshop or a version does not exist.
    /// </summary>
    public async Task<VersionComparison?> CompareAsync(string workshopId, int from, int? to, CancellationToken cancellationToken = default)
    {
        var stored = await _reader.Repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var (log, _) = await _reader.Repository.ReadPlenaryAsync(workshopId, cancellationToken);
        var fromMark = log.Versions.FirstOrDefault(v => v.Number == from);
        var toMark = to is { } number ? log.Versions.FirstOrDefault(v => v.Number == number) : null;
        if (fromMark is null || (to is not null && toMark is null))
        {
            return null;
        }

        var before = await FrozenAsync(stored.Workshop, fromMark, cancellationToken);
        WorkshopVersion after;
        if (toMark is not null)
        {
            after = await FrozenAsync(stored.Workshop, toMark, cancellationToken);
        }
        else
        {
            var now = (await _reader.ReadAsync(workshopId, cancellationToken))!.Value.View;
            after = WorkshopVersion.Freeze("Now", _time.GetUtcNow(), now.Consolidation, now.Initiatives);
        }

        return VersionComparison.Between(before, after);
    }

    private async Task<WorkshopVersion> FrozenAsync(Domain.Workshops.Workshop workshop, VersionMark mark, CancellationToken cancellationToken)
    {
        var (groups, log) = await _reader.ReadFrozenAsync(workshop, mark, cancellationToken);
        return WorkshopVersion.Freeze(
            mark.Name,
            mark.FrozenAt,
            WorkshopConsolidation.Build(groups, log.StageMappings, log.ClusterOperations),
            InitiativePool.Build(groups, log.PlanChanges, log.DotsPerPerson));
    }
}
