using System.Text.Json;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>Maps the domain's map (never storage shapes) to the tab's wire shapes.</summary>
public static class SnapshotMapper
{
    /// <summary>Every row as drawn: the journey map's lanes, then the blueprint's, from the domain's catalog.</summary>
    public static IReadOnlyList<LaneInfo> Lanes { get; } =
    [
        .. LaneCatalog.JourneyMapLanes.Select(l => Row(l, MapSection.Journey)),
        .. LaneCatalog.BlueprintLanes.Select(l => Row(l, MapSection.Blueprint)),
    ];

    /// <summary>The blueprint's three lines.</summary>
    public static IReadOnlyList<LineInfo> Lines { get; } =
        [.. LaneCatalog.Lines.Select(l => new LineInfo(JsonNamingPolicy.CamelCase.ConvertName(l.Name), l.Label, l.Above.ToString(), l.Below.ToString()))];

    /// <summary>
    /// A group's snapshot at <paramref name="groupVersion"/> (its stream version); <paramref name="viewerId"/> sets
    /// hasMyVote (null for broadcasts).
    /// </summary>
    public static GroupSnapshot Group(string groupId, string? groupName, GroupSession session, long groupVersion, string? viewerId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var map = session.Map;
        var header = Header(groupId, groupName, session);
        return new GroupSnapshot(
            groupId,
            header.Name,
            header.ScenarioId,
            header.ScenarioTitle,
            header.StepTitle,
            header.IsStarted,
            header.IsFinished,
            header.IsPaused,
            Persona(map.Persona),
            Stages(map),
            [.. map.Items.Select(Item)],
            [.. map.Initiatives.Select(i => Initiative(i, viewerId))],
            groupVersion);
    }

    /// <summary>The group's name, scenario, step and state: the fields a change of step or phase touches.</summary>
    public static GroupHeaderSnapshot Header(string groupId, string? groupName, GroupSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new GroupHeaderSnapshot(
            session.GroupName ?? groupName ?? groupId,
            session.Script.Id,
            session.Script.Title,
            StepTitle(session),
            session.IsStarted,
            session.IsFinished,
            session.IsPaused);
    }

    /// <summary>The persona header's snapshot.</summary>
    public static PersonaSnapshot Persona(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return new PersonaSnapshot(persona.Name, persona.Goals, persona.Motivations, persona.Challenges, persona.LifeContext);
    }

    /// <summary>Every stage (column) of the map, left to right.</summary>
    public static IReadOnlyList<StageSnapshot> Stages(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return [.. map.Stages.Select(s => new StageSnapshot(s.Id, s.Name, s.Order, s.Emotion))];
    }

    /// <summary>An initiative's snapshot; <paramref name="viewerId"/> sets hasMyVote (null for broadcasts).</summary>
    public static InitiativeSnapshot Initiative(Initiative initiative, string? viewerId)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return new InitiativeSnapshot(
            initiative.Id, initiative.Title, initiative.Description, initiative.PainPointIds, initiative.Votes,
            viewerId is not null && initiative.VoterIds.Contains(viewerId), initiative.VoterIds, initiative.Impact, initiative.Effort);
    }

    /// <summary>An item's snapshot.</summary>
    public static ItemSnapshot Item(MapItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemSnapshot(
            item.Id,
            item.StageId,
            item.Lane.ToString(),
            item.Text,
            item.Channel?.ToString(),
            item.Evidence is { } e ? new EvidenceSnapshot(e.Kind.ToString(), e.Source) : null,
            item.AuthorName,
            item.Version);
    }

    // Before the start the step index points at the first step, which is still a fair heading.
    private static string StepTitle(GroupSession session) =>
        session.IsFinished ? "Finished"
        : session.CurrentStep.StageName is { } stage ? $"{stage}: {session.CurrentStep.Captures}"
        : session.CurrentStep.Captures;

    private static LaneInfo Row(Lane lane, MapSection drawnIn)
    {
        var definition = LaneCatalog.Of(lane);
        return new LaneInfo(lane.ToString(), definition.Label, definition.ShortLabel, SectionName(drawnIn), SectionName(definition.Section));
    }

    private static string SectionName(MapSection section) => JsonNamingPolicy.CamelCase.ConvertName(section.ToString());
}
