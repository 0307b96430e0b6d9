using System.Collections.Immutable;
using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

/// <summary>
/// One group's journey map and service blueprint: persona, stages, items and initiatives.
/// Immutable: every change returns a new map, and a change that breaks a rule throws a
/// <see cref="DomainValidationException"/> that names the field, leaving the old map untouched.
/// </summary>
public sealed partial record JourneyMap
{
    /// <summary>Most items in one stage and lane.</summary>
    public const int MaxItemsPerCell = 50;

    /// <summary>Most initiatives per group.</summary>
    public const int MaxInitiatives = 50;

    private JourneyMap(ImmutableList<Stage> stages)
    {
        StageList = stages;
    }

    /// <summary>The persona.</summary>
    public Persona Persona { get; private init; } = Persona.Empty;

    /// <summary>The stages, left to right.</summary>
    public IReadOnlyList<Stage> Stages => StageList;

    /// <summary>Every item in the order it was added.</summary>
    public IReadOnlyList<MapItem> Items => ItemList;

    /// <summary>The initiatives in the order they were proposed.</summary>
    public IReadOnlyList<Initiative> Initiatives => InitiativeList;

    private ImmutableList<Stage> StageList { get; init; }

    private ImmutableList<MapItem> ItemList { get; init; } = [];

    // Kept in step with ItemList by every change in JourneyMap.Items.cs.
    private MapItemIndex ItemIndex { get; init; } = MapItemIndex.Empty;

    private ImmutableList<Initiative> InitiativeList { get; init; } = [];

    /// <summary>Creates an empty map with the given stages (id, name), in order.</summary>
    public static JourneyMap Create(IEnumerable<(string Id, string Name)> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var list = stages.Select((s, i) => new Stage(Identifier.Require(s.Id, "stage id"), TextAnswer.Require(s.Name, "stage name"), i)).ToImmutableList();
        if (list.Count == 0)
        {
            throw new DomainValidationException("stages", "A journey map needs at least one stage.");
        }

        if (list.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new DomainValidationException("stages", "Stage ids must be unique.");
        }

        return new JourneyMap(list);
    }

    /// <summary>Finds a stage by id.</summary>
    public Stage? FindStage(string stageId) => StageList.Find(s => s.Id == stageId);

    /// <summary>Finds an item by id.</summary>
    public MapItem? FindItem(string itemId) => ItemIndex.Find(itemId);

    /// <summary>Finds an initiative by id.</summary>
    public Initiative? FindInitiative(string initiativeId) => InitiativeList.Find(i => i.Id == initiativeId);

    /// <summary>The items of one stage and lane, in the order they were added.</summary>
    public IReadOnlyList<MapItem> ItemsIn(string stageId, Lane lane) => ItemIndex.In(stageId, lane);

    /// <summary>Every pain point, stage by stage.</summary>
    public IReadOnlyList<MapItem> PainPoints => [.. StageList.SelectMany(stage => ItemIndex.In(stage.Id, Lane.PainPoint))];

    /// <summary>How many dots <paramref name="userId"/> has placed across all initiatives.</summary>
    public int DotsUsedBy(string userId) => InitiativeList.Count(i => i.VoterIdList.Contains(userId));

    /// <summary>Records a persona answer.</summary>
    public JourneyMap AnswerPersona(PersonaField field, string text) => this with { Persona = Persona.WithAnswer(field, text) };

    /// <summary>Scores how the person feels at a stage, -2..+2.</summary>
    public JourneyMap ScoreEmotion(string stageId, int score)
    {
        var stage = RequireStage(stageId);
        if (!Stage.IsValidEmotion(score))
        {
            throw new DomainValidationException("emotion", $"The emotion score must be between {Stage.MinEmotion} and +{Stage.MaxEmotion}; {score} is outside it.");
        }

        return this with { StageList = StageList.Replace(stage, stage with { Emotion = score }) };
    }

    private Stage RequireStage(string stageId) =>
        FindStage(stageId) ?? throw new DomainValidationException("stage", $"There is no stage '{stageId}' on this map.");

    private MapItem RequireItem(string itemId) =>
        FindItem(itemId) ?? throw new DomainValidationException("item", $"There is no item '{itemId}' on this map; it may have been deleted.");

    private Initiative RequireInitiative(string initiativeId) =>
        FindInitiative(initiativeId) ?? throw new DomainValidationException("initiative", $"There is no initiative '{initiativeId}'.");
}
