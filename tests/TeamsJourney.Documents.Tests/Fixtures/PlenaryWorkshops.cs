using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using DomainEvidenceKind = TeamsJourney.Domain.Maps.EvidenceKind;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>
/// Workshops with a second half, built by the real engine and the real domain: three groups walk the missed bin
/// scenario, the facilitator merges and splits clusters, members of different groups vote workshop-wide, three
/// initiatives are agreed, version 1 is frozen, and round two changes five notes and an initiative's status.
/// </summary>
internal static class PlenaryWorkshops
{
    public const string VersionName = "As-is, agreed 14 March";
    public const string EditedText = "Online form times out after 10 minutes";
    public const string AddedText = "Text residents when the crew is on the way";
    public static readonly DateOnly Due = new(2027, 3, 31);
    public static readonly string[] Owners = ["Digital team", "Waste services", "Contact centre"];

    /// <summary>The three-group workshop with consolidation, votes, three agreed initiatives and a frozen version then changes.</summary>
    public static (WorkshopReport Report, PlenaryFacts Facts, IReadOnlyList<ScenarioWalk> Walks) ThreeGroups()
    {
        var script = ScenarioWalk.Script("missed-bin-collection");
        // The groups felt the journey differently: B a point better, C a point worse (within -2..+2).
        var walks = new[] { ("Group A", 0), ("Group B", 1), ("Group C", -1) }.Select(g => ScenarioWalk.Walk(script, g.Item1, WalkStyle.Thorough, emotionShift: g.Item2)).ToList();
        var operations = new List<ClusterOperation>();
        var planChanges = new List<PlanChange>();

        var groups = Maps(walks);
        // Merge every group's first pain point of the first stage with a pain point: the "a merge".
        var painStage = groups[0].Map.Stages.First(s => groups.All(g => g.Map.ItemsIn(s.Id, Lane.PainPoint).Count > 0)).Id;
        var firstPains = groups.Select(g => new ItemRef(g.GroupId, g.Map.ItemsIn(painStage, Lane.PainPoint)[0].Id)).ToList();
        operations.Add(new MergeClusters(firstPains));
        operations.Add(new RenameCluster(firstPains[0], "The online form times out"));
        // And "a split": group C's note goes back out on its own.
        operations.Add(new SplitCluster([firstPains[2]]));
        var consolidation = WorkshopConsolidation.Build(groups, null, operations);

        var pool = InitiativePool.Build(groups);
        var ideas = pool.Initiatives.Select(i => i.MemberRefs.First()).ToList();
        planChanges.Add(new MergeInitiatives([ideas[0], ideas[1]]));
        pool = InitiativePool.Build(groups, planChanges);
        ideas = [.. pool.Initiatives.Select(i => i.MemberRefs.First())];
        foreach (var (voter, idea) in new[] { ("aad-ann", 0), ("aad-ben", 0), ("aad-cat", 1), ("aad-ann", 2) })
        {
            planChanges.Add(new CastDot(ideas[idea], voter));
        }

        planChanges.Add(new TeamsJourney.Domain.Planning.RateInitiative(ideas[0], 5, 2));
        planChanges.Add(new LinkPainPoints(ideas[0], [firstPains[0]]));
        foreach (var (idea, owner) in ideas.Take(3).Zip(Owners))
        {
            planChanges.Add(new AgreeInitiative(idea, owner, Due, "Fewer repeat calls about missed bins"));
        }

        pool = InitiativePool.Build(groups, planChanges);
        var version = WorkshopVersion.Freeze(VersionName, new DateTimeOffset(2026, 3, 14, 16, 0, 0, TimeSpan.Zero), consolidation, pool);

        // Round two: five notes change and an initiative gets under way.
        var a = walks[0].Session.Map;
        var b = walks[1].Session.Map;
        var c = walks[2].Session.Map;
        walks[0].Change(new EditItem(a.ItemsIn(painStage, Lane.PainPoint)[0].Id, EditedText));
        walks[1].Change(new SetEvidence(b.ItemsIn(painStage, Lane.PainPoint)[0].Id, DomainEvidenceKind.Fact, "Complaints log 2025"));
        walks[2].Change(new DeleteItem(c.Items.First(i => i.Lane == Lane.Thought).Id));
        walks[2].Change(new AddItem(painStage, Lane.Opportunity, AddedText));
        var moved = b.Items.First(i => i.Lane == Lane.CustomerAction);
        walks[1].Change(new MoveItem(moved.Id, moved.StageId, Lane.Thought));
        planChanges.Add(new ChangeInitiativeStatus(ideas[0], InitiativeStatus.InProgress));

        groups = Maps(walks);
        consolidation = WorkshopConsolidation.Build(groups, null, operations);
        pool = InitiativePool.Build(groups, planChanges);
        var now = WorkshopVersion.Freeze("Now", new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero), consolidation, pool);
        var facts = new PlenaryFacts(consolidation, pool, VersionComparison.Between(version, now));
        return (Report(walks, facts), facts, walks);
    }

    /// <summary>A workshop of one group, nothing done in the second half.</summary>
    public static (WorkshopReport WithPlenary, WorkshopReport Without) OneGroup()
    {
        var walks = new[] { ScenarioWalk.Walk(ScenarioWalk.Script("missed-bin-collection"), "Group A", WalkStyle.Thorough) };
        var groups = Maps(walks);
        var facts = new PlenaryFacts(WorkshopConsolidation.Build(groups), InitiativePool.Build(groups), null);
        return (Report(walks, facts), Report(walks, null));
    }

    /// <summary>Two groups and no second-half activity: the consolidation worked out from their maps alone.</summary>
    public static WorkshopReport TwoGroupsUntouched()
    {
        var walks = SampleWorkshops.Walks();
        var groups = Maps(walks);
        return Report(walks, new PlenaryFacts(WorkshopConsolidation.Build(groups), InitiativePool.Build(groups), null));
    }

    private static List<GroupMap> Maps(IEnumerable<ScenarioWalk> walks) =>
        [.. walks.Select((w, i) => new GroupMap($"g{i + 1}", $"Group {(char)('A' + i)}", w.Session.Map))];

    private static WorkshopReport Report(IReadOnlyList<ScenarioWalk> walks, PlenaryFacts? facts) =>
        WorkshopReportMapper.Map(SampleWorkshops.Workshop(), SampleWorkshops.Sessions(walks), new DateOnly(2026, 4, 2)) with
        {
            Plenary = facts is null ? null : PlenaryMapper.Map(facts),
        };
}
