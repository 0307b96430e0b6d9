using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>A group ready to lay out: stages in order, items bucketed by lane and stage, initiatives ranked.</summary>
internal sealed class PreparedGroup
{
    private readonly Dictionary<Lane, List<PreparedItem>[]> _cells;

    public PreparedGroup(
        int number,
        string name,
        IReadOnlyList<JourneyStage> stages,
        IReadOnlyList<PreparedItem> items,
        IReadOnlyList<PreparedInitiative> initiatives,
        string? scenario = null)
    {
        Scenario = scenario;
        Number = number;
        Name = name;
        Stages = stages;
        Items = items;
        Initiatives = initiatives;
        _cells = [];
        foreach (var lane in Enum.GetValues<Lane>())
        {
            var row = new List<PreparedItem>[stages.Count];
            for (var s = 0; s < row.Length; s++)
            {
                row[s] = [];
            }

            _cells[lane] = row;
        }

        foreach (var item in items)
        {
            _cells[item.Lane][item.StageIndex].Add(item);
        }
    }

    public int Number { get; }

    /// <summary>The scenario the group walked, when known.</summary>
    public string? Scenario { get; }

    /// <summary>True when the group put at least one item in any of <paramref name="lanes"/>.</summary>
    public bool HasItemsIn(IReadOnlyList<Lane> lanes) => lanes.Any(lane => InLane(lane).Any());

    /// <summary>Share of the group's items backed by a fact.</summary>
    public int FactCount => Items.Count(i => i.Kind == EvidenceKind.Fact);

    public string Name { get; }

    /// <summary>Stages sorted by order, names sanitised.</summary>
    public IReadOnlyList<JourneyStage> Stages { get; }

    public IReadOnlyList<PreparedItem> Items { get; }

    /// <summary>Ranked by votes (most first), then impact, then title.</summary>
    public IReadOnlyList<PreparedInitiative> Initiatives { get; }

    public IReadOnlyList<PreparedItem> Cell(Lane lane, int stageIndex) => _cells[lane][stageIndex];

    public IEnumerable<PreparedItem> InLane(Lane lane) => _cells[lane].SelectMany(cell => cell);

    public string StageLabel(int stageIndex) => Stages[stageIndex].Name;
}
