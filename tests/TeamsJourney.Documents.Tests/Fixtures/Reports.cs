using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Tests.Fixtures.ReportBuilder;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>The named fixtures every document suite runs over.</summary>
internal static class Reports
{
    public static WorkshopReport Small() => AReport().WithGroups(1).WithStages(3).WithItemsPerStage(2).WithPersonas(1).WithInitiatives(1).Build();

    public static WorkshopReport Typical() => AReport().WithGroups(3).WithStages(6).WithItemsPerStage(8).WithPersonas(2).WithInitiatives(5).Build();

    /// <summary>
    /// An MVP-sized workshop as the issue sizes it: three groups, five stages, every lane filled once per stage (a
    /// handful of notes per lane), a persona per group and a few initiatives.
    /// </summary>
    public static WorkshopReport Workshop() => AReport().WithGroups(3).WithStages(5).WithItemsPerStage(LaneCatalog.All.Count).WithPersonas(3).WithInitiatives(6).Build();

    /// <summary>2,000 map items: the size the performance target is set for.</summary>
    public static WorkshopReport Huge() => AReport().WithGroups(4).WithStages(10).WithItemsPerStage(50).WithPersonas(6).WithInitiatives(30).Build();

    public static WorkshopReport Hostile() => HostileReport.Build();

    /// <summary>
    /// A workshop stopped early: group 1 finished, group 2 only reached the journey map (no emotions, blueprint or
    /// initiatives), group 3 never started; the second persona is blank.
    /// </summary>
    public static WorkshopReport Unfinished()
    {
        var report = AReport().WithGroups(3).WithStages(4).WithItemsPerStage(LaneCatalog.All.Count).WithPersonas(2).WithInitiatives(3).Build();
        var journey = report.Groups[1];
        var reachedMap = journey with
        {
            Stages = [.. journey.Stages.Select(s => s with { Emotion = null })],
            Items = [.. journey.Items.Where(i => LaneCatalog.JourneyMapLanes.Contains(i.Lane))],
            Initiatives = [],
        };
        var neverStarted = report.Groups[2] with { Items = [], Initiatives = [], Stages = [.. report.Groups[2].Stages.Select(s => s with { Emotion = null })] };
        var blank = new Persona("Persona of Group 3", [], [], [], string.Empty);
        return report with { Groups = [report.Groups[0], reachedMap, neverStarted], Personas = [report.Personas[0], blank] };
    }

    public static IReadOnlyList<string> Names { get; } = ["small", "typical", "workshop", "huge", "hostile", "unfinished"];

    public static WorkshopReport ByName(string name) => name switch
    {
        "small" => Small(),
        "typical" => Typical(),
        "workshop" => Workshop(),
        "huge" => Huge(),
        "hostile" => Hostile(),
        "unfinished" => Unfinished(),
        "plenary" => PlenaryWorkshops.ThreeGroups().Report,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown fixture."),
    };
}
