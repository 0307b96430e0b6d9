using TeamsJourney.Documents.ReadModel;
using static TeamsJourney.Documents.Tests.Fixtures.ReportBuilder;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>The named fixtures every document suite runs over.</summary>
internal static class Reports
{
    public static WorkshopReport Small() => AReport().WithGroups(1).WithStages(3).WithItemsPerStage(2).WithPersonas(1).WithInitiatives(1).Build();

    public static WorkshopReport Typical() => AReport().WithGroups(3).WithStages(6).WithItemsPerStage(8).WithPersonas(2).WithInitiatives(5).Build();

    /// <summary>2,000 map items: the size the performance target is set for.</summary>
    public static WorkshopReport Huge() => AReport().WithGroups(4).WithStages(10).WithItemsPerStage(50).WithPersonas(6).WithInitiatives(30).Build();

    public static WorkshopReport Hostile() => HostileReport.Build();

    public static IReadOnlyList<string> Names { get; } = ["small", "typical", "huge", "hostile"];

    public static WorkshopReport ByName(string name) => name switch
    {
        "small" => Small(),
        "typical" => Typical(),
        "huge" => Huge(),
        "hostile" => Hostile(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown fixture."),
    };
}
