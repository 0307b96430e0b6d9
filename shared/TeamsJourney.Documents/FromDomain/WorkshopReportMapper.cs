using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Workshops;
using DomainEvidence = TeamsJourney.Domain.Maps.Evidence;
using DomainEvidenceKind = TeamsJourney.Domain.Maps.EvidenceKind;
using DomainInitiative = TeamsJourney.Domain.Maps.Initiative;
using DomainMap = TeamsJourney.Domain.Maps.JourneyMap;
using DomainPersona = TeamsJourney.Domain.Maps.Persona;

namespace TeamsJourney.Documents.FromDomain;

/// <summary>
/// Turns a workshop and its groups' sessions into the <see cref="WorkshopReport"/> the writers read. Nothing is
/// invented: an unrated initiative stays unrated, an item without evidence stays "not recorded", a skipped lane
/// stays empty.
/// </summary>
public static partial class WorkshopReportMapper
{
    /// <summary>Builds the report of <paramref name="workshop"/> from its groups' sessions, in the order given.</summary>
    /// <param name="workshop">The workshop: title, objectives and stakeholders.</param>
    /// <param name="groups">One session per breakout group, finished or not.</param>
    /// <param name="generatedOn">The date printed on the documents.</param>
    /// <param name="facilitatorNotes">The facilitator's own notes; when null, notes are written from the objectives and each group's scenario.</param>
    /// <exception cref="ArgumentNullException">The workshop, the group list or one of its sessions is null.</exception>
    public static WorkshopReport Map(
        Workshop workshop,
        IReadOnlyList<GroupSession> groups,
        DateOnly generatedOn,
        string? facilitatorNotes = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(groups);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g] is null)
            {
                throw new ArgumentNullException(nameof(groups), $"Group session {g + 1} of workshop '{workshop.Title}' is null.");
            }
        }

        var names = GroupNames(groups);
        return new WorkshopReport(
            workshop.Title,
            workshop.Objectives,
            workshop.Stakeholders,
            facilitatorNotes ?? DefaultNotes(workshop, groups, names),
            generatedOn,
            [.. groups.Select((session, g) => MapPersona(session.Map, names[g]))],
            [.. groups.Select((session, g) => MapGroup(session.Map, names[g]) with { Scenario = session.Script.Title })]);
    }

    private static JourneyGroup MapGroup(DomainMap map, string name)
    {
        var stageNames = StageNames(map);
        var stages = map.Stages.Select(s => new JourneyStage(stageNames[s.Id], s.Order, s.Emotion)).ToList();
        var items = map.Items.Select(item => new MapItem(
                item.Id,
                stageNames.TryGetValue(item.StageId, out var stage)
                    ? stage
                    : throw new InvalidOperationException($"Item '{item.Id}' of {name} is in stage '{item.StageId}', which the map does not have."),
                item.Lane,
                item.Text,
                item.Channel is { } channel ? ChannelLabel(channel) : null,
                MapEvidence(item.Evidence)))
            .ToList();
        return new JourneyGroup(name, stages, items, [.. map.Initiatives.Select(MapInitiative)]);
    }

    private static Evidence? MapEvidence(DomainEvidence? evidence) => evidence is null
        ? null
        : new Evidence(evidence.Kind == DomainEvidenceKind.Fact ? EvidenceKind.Fact : EvidenceKind.Assumption, evidence.Source);

    private static Initiative MapInitiative(DomainInitiative initiative) => new(
        initiative.Title,
        initiative.Description ?? string.Empty,
        initiative.PainPointIds,
        initiative.Votes,
        initiative.Impact,
        initiative.Effort);

    private static Persona MapPersona(DomainMap map, string groupName)
    {
        var persona = map.Persona;
        return new Persona(
            FitName(persona.Name ?? $"Persona of {groupName}"),
            persona.Goals,
            persona.Motivations,
            persona.Challenges,
            persona.LifeContext ?? string.Empty,
            QuoteFrom(map, groupName));
    }

    // The domain has no quote field: the persona's own words are the thoughts and feelings the group wrote for them.
    // The one at the lowest point of the emotion curve says most about the journey, so it is the one quoted.
    private static PersonaQuote? QuoteFrom(DomainMap map, string groupName)
    {
        var stageNames = StageNames(map);
        var thought = map.Stages
            .OrderBy(s => s.Emotion ?? int.MaxValue)
            .ThenBy(s => s.Order)
            .SelectMany(s => map.ItemsIn(s.Id, TeamsJourney.Domain.Maps.Lane.Thought).Select(item => (Stage: s, Item: item)))
            .FirstOrDefault();
        return thought.Item is null
            ? null
            : new PersonaQuote(thought.Item.Text, $"{TeamsJourney.Domain.Maps.LaneCatalog.Label(TeamsJourney.Domain.Maps.Lane.Thought)} at “{stageNames[thought.Stage.Id]}”, {groupName}'s map");
    }
}
