using System.Globalization;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>Builds workshop reports for tests: <c>AReport().WithGroups(3).WithItemsPerStage(8).Build()</c>.</summary>
internal sealed class ReportBuilder
{
    private static readonly Lane[] AllLanes = Enum.GetValues<Lane>();
    private string _title = "Report a missed bin collection";
    private int _groups = 1;
    private int _stages = 4;
    private int _itemsPerStage = 3;
    private int _personas = 1;
    private int _initiatives = 2;
    private Func<int, string> _itemText = n => $"Resident checks the council website for the collection day, note {n}";
    private string _notes = "Groups worked from the missed bin scenario. Keep the conversation on what residents experience.";
    private Func<int, int?> _emotion = s => (s % 5) - 2;

    public static ReportBuilder AReport() => new();

    public ReportBuilder WithTitle(string title) { _title = title; return this; }

    public ReportBuilder WithGroups(int count) { _groups = count; return this; }

    public ReportBuilder WithStages(int count) { _stages = count; return this; }

    public ReportBuilder WithItemsPerStage(int count) { _itemsPerStage = count; return this; }

    public ReportBuilder WithPersonas(int count) { _personas = count; return this; }

    public ReportBuilder WithInitiatives(int count) { _initiatives = count; return this; }

    public ReportBuilder WithItemText(Func<int, string> text) { _itemText = text; return this; }

    public ReportBuilder WithFacilitatorNotes(string notes) { _notes = notes; return this; }

    public ReportBuilder WithEmotion(Func<int, int?> emotion) { _emotion = emotion; return this; }

    public WorkshopReport Build() => new(
        _title,
        ["Understand why residents report missed collections twice", "Find changes we can test within three months"],
        ["Waste services team", "Contact centre", "Collection contractor", "Residents' panel"],
        _notes,
        new DateOnly(2026, 3, 14),
        [.. Enumerable.Range(1, _personas).Select(Persona)],
        [.. Enumerable.Range(1, _groups).Select(Group)]);

    private static Persona Persona(int n) => new(
        $"Persona {n}: Amira, working parent",
        ["Get the bin emptied before it overflows", "Know when the crew will come back"],
        ["Keep the street tidy", "Avoid a second phone call"],
        ["Works shifts and cannot wait in for the crew", "Finds the website hard to use on a phone"],
        "Lives in a flat above a shop with a shared bin store.",
        new PersonaQuote("I put the bin out on the right day and nobody came. Now I have to ring again and wait in.", "Thoughts and feelings at \u201CWait for the crew\u201D, Group 1's map"));

    private JourneyGroup Group(int g)
    {
        var stages = Enumerable.Range(1, _stages)
            .Select(s => new JourneyStage($"Stage {s.ToString(CultureInfo.InvariantCulture)}: {StageName(s)}", s * 10, _emotion(s)))
            .ToList();
        var items = new List<MapItem>();
        var counter = 0;
        foreach (var stage in stages)
        {
            for (var i = 0; i < _itemsPerStage; i++)
            {
                counter++;
                var lane = AllLanes[(counter - 1) % AllLanes.Length];
                // Every fifth item has no evidence recorded, as in a real workshop where groups skip the question.
                Evidence? evidence = counter % 5 == 0 ? null
                    : counter % 3 == 0 ? new Evidence(EvidenceKind.Fact, $"Complaints log {counter}")
                    : Evidence.UnsourcedAssumption;
                items.Add(new MapItem($"g{g}-{counter}", stage.Name, lane, _itemText(counter), counter % 4 == 0 ? "Web" : null, evidence));
            }
        }

        var pains = items.Where(i => i.Lane == Lane.PainPoint).Select(i => i.Id).ToList();
        var initiatives = Enumerable.Range(1, _initiatives)
            .Select(n => new Initiative(
                $"Initiative {n}: text the resident when the crew returns",
                "Send a text message with the new collection time once the crew is rebooked.",
                pains.Count == 0 ? [] : [pains[n % pains.Count]],
                (n * 7) % 13,
                // Every third initiative is not rated yet.
                n % 3 == 0 ? null : (n % 5) + 1,
                n % 3 == 0 ? null : ((n * 3) % 5) + 1))
            .ToList();
        return new JourneyGroup($"Group {g}", stages, items, initiatives, "Report a missed bin collection");
    }

    private static string StageName(int s) => (s % 6) switch
    {
        0 => "Notice the missed bin",
        1 => "Look for how to report",
        2 => "Report online",
        3 => "Wait for the crew",
        4 => "Crew returns",
        _ => "Follow up",
    };
}
