using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Tabs.Plenary;

/// <summary>
/// Turns request bodies into the domain's operations; a body that does not say enough is refused with a sentence
/// that names what is missing (the endpoint answers it as 400 problem details).
/// </summary>
internal static class PlenaryRequestReader
{
    public static ClusterOperation? Cluster(ClusterRequest request) => request.Action switch
    {
        "merge" => new MergeClusters(Items(request.Items, 2)),
        "split" => new SplitCluster(Items(request.Items, 1)),
        "rename" => new RenameCluster(Items(request.Items, 1)[0], request.Name ?? string.Empty),
        "undo" => null,
        _ => throw Refuse("'action' must be merge, split, rename or undo."),
    };

    public static PlanChange? Initiative(InitiativeRequest request, string callerId)
    {
        if (request.Action == "undoMerge")
        {
            return null;
        }

        var targets = Initiatives(request.Initiatives, request.Action == "merge" ? 2 : 1);
        return request.Action switch
        {
            "merge" => new MergeInitiatives(targets),
            "retitle" => new RetitleInitiative(targets[0], request.Title ?? string.Empty),
            "dot" => new CastDot(targets[0], callerId),
            "undot" => new WithdrawDot(targets[0], callerId),
            "rate" => new RateInitiative(targets[0], request.Impact ?? throw Refuse("'impact' is required (1-5)."), request.Effort ?? throw Refuse("'effort' is required (1-5).")),
            "link" => new LinkPainPoints(targets[0], Items(request.PainPoints, 1)),
            "agree" => new AgreeInitiative(targets[0], request.Owner ?? string.Empty, request.DueDate ?? throw Refuse("'dueDate' is required (yyyy-mm-dd)."), request.SuccessMeasure),
            "status" => new ChangeInitiativeStatus(targets[0], Status(request.Status)),
            _ => throw Refuse("'action' must be merge, undoMerge, retitle, dot, undot, rate, link, agree or status."),
        };
    }

    public static StageMapping Mapping(StageMappingRequest request) =>
        new(Required(request.GroupId, "groupId"), Required(request.GroupStageId, "groupStageId"), Required(request.WorkshopStageId, "workshopStageId"));

    private static List<ItemRef> Items(IReadOnlyList<ItemReference>? items, int atLeast)
    {
        var list = (items ?? []).Select(i => new ItemRef(Required(i?.GroupId, "groupId"), Required(i?.ItemId, "itemId"))).Distinct().ToList();
        return list.Count >= atLeast ? list : throw Refuse($"Name at least {atLeast} note(s) as {{ \"groupId\", \"itemId\" }}.");
    }

    private static List<InitiativeRef> Initiatives(IReadOnlyList<InitiativeReference>? initiatives, int atLeast)
    {
        var list = (initiatives ?? []).Select(i => new InitiativeRef(Required(i?.GroupId, "groupId"), Required(i?.InitiativeId, "initiativeId"))).Distinct().ToList();
        return list.Count >= atLeast ? list : throw Refuse($"Name at least {atLeast} initiative(s) as {{ \"groupId\", \"initiativeId\" }}.");
    }

    private static InitiativeStatus Status(string? status) =>
        Enum.TryParse<InitiativeStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw Refuse("'status' must be proposed, agreed, inProgress or done.");

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Refuse($"'{field}' is required.") : value;

    private static DomainValidationException Refuse(string message) => new("request", message);
}
