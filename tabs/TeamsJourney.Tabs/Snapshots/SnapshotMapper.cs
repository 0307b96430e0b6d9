using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Tabs.Snapshots;

/// <summary>Maps the domain's map (never storage shapes) to the tab's wire shapes.</summary>
public static class SnapshotMapper
{
    /// <summary>Every lane as drawn, with its section.</summary>
    public static IReadOnlyList<LaneInfo> Lanes { get; } =
        [.. Blueprint.LaneOrder.Select(l => new LaneInfo(l.ToString(), Blueprint.Label(l), Blueprint.IsBlueprintLane(l) ? "blueprint" : "journey"))];

    /// <summary>The blueprint's three lines.</summary>
    public static IReadOnlyList<LineInfo> Lines { get; } =
        [.. Blueprint.Lines.Select(l => new LineInfo(LineName(l.Name), l.Name, l.Above.ToString(), l.Below.ToString()))];

    /// <summary>A group's snapshot; <paramref name="viewerId"/> sets hasMyVote (null for broadcasts).</summary>
    public static GroupSnapshot Group(string groupId, string? groupName, GroupSession session, string? viewerId)
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
            [.. map.Initiatives.Select(i => Initiative(i, viewerId))]);
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

    private static string LineName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
