using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>Domain workshops with groups walked through built-in scenarios by the real engine.</summary>
internal static class SampleWorkshops
{
    public const string ThoroughGroup = "Group A";
    public const string SkippingGroup = "Group B";

    public static Workshop Workshop(string title = "Missed bins review", TeamsLocation? location = null) => TeamsJourney.Domain.Workshops.Workshop.Create(
        "ws-42",
        title,
        location ?? new TeamsLocation("tenant-1"),
        ["Understand why residents report missed collections twice", "Find changes we can test within three months"],
        ["Waste services team", "Contact centre"]);

    /// <summary>Group A walks every step of the missed bin scenario; group B walks the council tax one skipping steps.</summary>
    public static IReadOnlyList<ScenarioWalk> Walks() =>
    [
        ScenarioWalk.Walk(ScenarioWalk.Script("missed-bin-collection"), ThoroughGroup, WalkStyle.Thorough),
        ScenarioWalk.Walk(ScenarioWalk.Script("council-tax-change-of-address"), SkippingGroup, WalkStyle.SkippingSteps),
    ];

    public static IReadOnlyList<GroupSession> Sessions(IEnumerable<ScenarioWalk> walks) => [.. walks.Select(w => w.Session)];

    /// <summary>One walk per built-in scenario, for tests that must cover them all.</summary>
    public static TheoryData<string> ScenarioIds => new(BuiltInScenarios.All.Select(s => s.Id));
}
