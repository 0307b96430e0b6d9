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

    /// <summary>A group's snapshot; <paramref name="viewerId"/> sets hasMyVote (null for broadcasts).</summary>
    public static GroupSnapshot Group(string groupId, string? groupName, GroupSession session, long version, string? viewerId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var map = session.Map;
        return new GroupSnapshot(
            groupId,
            session.GroupName ?? groupName ?? groupId,
            session.Script.Id,
            session.Script.Title,
            StepTitle(session),
            session.IsStarted,
            session.IsFinished,
            session.IsPaused,
            new PersonaSnapshot(map.Persona.Name, map.Persona.Goals, map.Persona.Motivations, map.Persona.Challenges, map.Persona.LifeContext),
            [.. map.Stages.Select(s => new StageSnapshot(s.Id, s.Name, s.Order, s.Emotion))],
            [.. map.Items.Select(Item)],
            [.. map.Initiatives.Select(i => Initiative(i, viewerId))],
            version);
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
