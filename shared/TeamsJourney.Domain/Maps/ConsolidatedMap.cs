using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

/// <summary>One group's map inside a consolidated view.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="GroupName">The group's display name.</param>
/// <param name="Map">The group's map.</param>
public sealed record GroupMap(string GroupId, string GroupName, JourneyMap Map);

/// <summary>An item together with the group whose map it is on.</summary>
public sealed record GroupItem(string GroupId, string GroupName, Stage Stage, MapItem Item);

/// <summary>An initiative together with the group that proposed it.</summary>
public sealed record GroupInitiative(string GroupId, string GroupName, Initiative Initiative);

/// <summary>
/// Every group's map side by side, keyed by group, for the facilitator's plenary view and the
/// workshop report. Groups may follow different scenarios, so nothing is merged by stage.
/// </summary>
public sealed class ConsolidatedMap
{
    private readonly Dictionary<string, GroupMap> _byId;

    private ConsolidatedMap(IReadOnlyList<GroupMap> groups)
    {
        Groups = groups;
        _byId = groups.ToDictionary(g => g.GroupId, StringComparer.Ordinal);
    }

    /// <summary>The groups in the order given.</summary>
    public IReadOnlyList<GroupMap> Groups { get; }

    /// <summary>Builds the view; group ids must be unique.</summary>
    public static ConsolidatedMap Merge(IEnumerable<GroupMap> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var list = groups.ToList();
        var duplicate = list.GroupBy(g => g.GroupId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? throw new DomainValidationException("group id", $"Group '{duplicate.Key}' appears more than once.")
            : new ConsolidatedMap(list);
    }

    /// <summary>The map of one group, or null.</summary>
    public JourneyMap? MapOf(string groupId) => _byId.TryGetValue(groupId, out var group) ? group.Map : null;

    /// <summary>Every item of a lane across groups, group by group and stage by stage.</summary>
    public IReadOnlyList<GroupItem> ItemsIn(Lane lane) =>
        [.. Groups.SelectMany(g => g.Map.Stages.SelectMany(stage =>
            g.Map.ItemsIn(stage.Id, lane).Select(item => new GroupItem(g.GroupId, g.GroupName, stage, item))))];

    /// <summary>Every initiative across groups, most votes first, then by group order.</summary>
    public IReadOnlyList<GroupInitiative> InitiativesByVotes() =>
        [.. Groups
            .SelectMany(g => g.Map.Initiatives.Select(i => new GroupInitiative(g.GroupId, g.GroupName, i)))
            .OrderByDescending(i => i.Initiative.Votes)];
}
