using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Consolidation;

/// <summary>Small group maps for the second-half tests: the stages of the missed-bin scenario, notes by hand.</summary>
internal static class WorkshopMaps
{
    public static readonly (string Id, string Name)[] BinStages = [("report", "Report it"), ("wait", "Wait"), ("collected", "Collected")];

    public static GroupMap Group(string id, params (string ItemId, string StageId, Lane Lane, string Text, EvidenceKind? Evidence)[] items) =>
        Group(id, BinStages, items);

    public static GroupMap Group(string id, (string Id, string Name)[] stages, params (string ItemId, string StageId, Lane Lane, string Text, EvidenceKind? Evidence)[] items)
    {
        var map = JourneyMap.Create(stages);
        foreach (var (itemId, stageId, lane, text, evidence) in items)
        {
            map = map.AddItem(itemId, stageId, lane, text, $"{id}-author", $"Author of {id}", evidence: evidence is { } kind ? new Evidence(kind, $"source of {itemId}") : null);
        }

        return new GroupMap(id, $"Table {id}", map);
    }
}
