using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// Lines the groups' stages up into the workshop's stages. A group stage belongs to the workshop stage with its own
/// id (groups on one scenario share ids) unless a <see cref="StageMapping"/> puts it elsewhere. Workshop stages are
/// ordered by the earliest position any group gives them, so a custom script's extra stage lands where it was drawn.
/// </summary>
public sealed class StageAlignment
{
    private readonly Dictionary<(string GroupId, string StageId), string> _targets;

    private StageAlignment(IReadOnlyList<WorkshopStage> stages, Dictionary<(string, string), string> targets)
    {
        Stages = stages;
        _targets = targets;
    }

    /// <summary>The workshop's stages, left to right.</summary>
    public IReadOnlyList<WorkshopStage> Stages { get; }

    /// <summary>Aligns <paramref name="groups"/>; mappings that name a stage nobody has are not applied.</summary>
    public static StageAlignment Of(IReadOnlyList<GroupMap> groups, IEnumerable<StageMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(mappings);
        var known = groups.SelectMany(g => g.Map.Stages.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal);
        var chosen = new Dictionary<(string, string), string>();
        foreach (var mapping in mappings.Where(m => known.Contains(m.WorkshopStageId)))
        {
            chosen[(mapping.GroupId, mapping.GroupStageId)] = mapping.WorkshopStageId;
        }

        var targets = new Dictionary<(string, string), string>();
        var positions = new Dictionary<string, (int Order, int Seen, string? OwnName, string FirstName)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var stage in group.Map.Stages)
            {
                var target = chosen.GetValueOrDefault((group.GroupId, stage.Id), stage.Id);
                targets[(group.GroupId, stage.Id)] = target;
                var ownName = target == stage.Id ? stage.Name : null;
                positions[target] = positions.TryGetValue(target, out var seen)
                    ? (Math.Min(seen.Order, stage.Order), seen.Seen, seen.OwnName ?? ownName, seen.FirstName)
                    : (stage.Order, positions.Count, ownName, stage.Name);
            }
        }

        var stages = positions
            .OrderBy(p => p.Value.Order).ThenBy(p => p.Value.Seen)
            .Select((p, i) => new WorkshopStage(p.Key, p.Value.OwnName ?? p.Value.FirstName, i))
            .ToList();
        return new StageAlignment(stages, targets);
    }

    /// <summary>Refuses a mapping that names a group or stage that does not exist.</summary>
    public static void Validate(IReadOnlyList<GroupMap> groups, StageMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(mapping);
        var group = groups.FirstOrDefault(g => g.GroupId == mapping.GroupId)
            ?? throw new DomainValidationException("group", $"There is no group '{mapping.GroupId}' in this workshop.");
        if (group.Map.FindStage(mapping.GroupStageId) is null)
        {
            throw new DomainValidationException("stage", $"{group.GroupName} has no stage '{mapping.GroupStageId}'.");
        }

        if (!groups.Any(g => g.Map.FindStage(mapping.WorkshopStageId) is not null))
        {
            throw new DomainValidationException("workshop stage", $"No group has a stage '{mapping.WorkshopStageId}' to line it up with.");
        }
    }

    /// <summary>The workshop stage a group's stage belongs to.</summary>
    public string WorkshopStageOf(string groupId, string groupStageId) =>
        _targets.GetValueOrDefault((groupId, groupStageId), groupStageId);
}
