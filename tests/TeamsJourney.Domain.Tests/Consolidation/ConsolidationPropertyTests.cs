using CsCheck;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Consolidation;

/// <summary>
/// Random groups' maps and random merges, splits and renames (fitting or not): consolidation never loses or
/// duplicates a note, keeps each note's provenance, and undoing every operation gives back where it started.
/// </summary>
public sealed class ConsolidationPropertyTests
{
    private static readonly string[] Words = ["form", "online", "bin", "missed", "phone", "wait", "letter", "late", "crew", "street"];

    private static readonly Gen<string> AText = Gen.Int[0, Words.Length - 1].Array[1, 3].Select(ws => string.Join(' ', ws.Select(w => Words[w])));

    private static readonly Gen<(string Stage, Lane Lane, string Text, int Evidence)> ANote =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 1], AText, Gen.Int[-1, 1], (stage, lane, text, evidence) =>
            (WorkshopMaps.BinStages[stage].Id, new[] { Lane.PainPoint, Lane.Backstage }[lane], text, evidence));

    private static readonly Gen<GroupMap[]> SomeGroups = ANote.Array[0, 6].Array[1, 3].Select(groups => groups
        .Select((notes, g) => WorkshopMaps.Group(
            $"g{g}",
            [.. notes.Select((n, i) => ($"n{i}", n.Stage, n.Lane, n.Text, n.Evidence < 0 ? (EvidenceKind?)null : (EvidenceKind)n.Evidence))]))
        .ToArray());

    /// <summary>Mostly notes the groups have (so operations often fit), sometimes one nobody has.</summary>
    private static Gen<ItemRef> ARefOf(GroupMap[] groups)
    {
        var refs = groups.SelectMany(g => g.Map.Items.Select(i => new ItemRef(g.GroupId, i.Id))).ToList();
        var ghost = Gen.Const(new ItemRef("g0", "ghost"));
        return refs.Count == 0 ? ghost : Gen.Frequency((9, Gen.Int[0, refs.Count - 1].Select(i => refs[i])), (1, ghost));
    }

    private static Gen<ClusterOperation> AnOperationOn(GroupMap[] groups)
    {
        var aRef = ARefOf(groups);
        return Gen.Frequency(
            (4, aRef.Array[2, 3].Select(refs => (ClusterOperation)new MergeClusters(refs))),
            (3, aRef.Array[1, 2].Select(refs => (ClusterOperation)new SplitCluster(refs))),
            (1, Gen.Select(aRef, AText, (r, name) => (ClusterOperation)new RenameCluster(r, name))));
    }

    private static readonly Gen<(GroupMap[] Groups, ClusterOperation[] Operations, bool Separate)> ACase =
        SomeGroups.SelectMany(groups => Gen.Select(AnOperationOn(groups).Array[0, 25], Gen.Bool, (operations, separate) => (groups, operations, separate)));

    [Fact]
    public void Every_note_is_in_exactly_one_cluster_with_its_provenance_whatever_the_operations()
    {
        ACase.Sample(c =>
        {
            var consolidation = WorkshopConsolidation.Build(c.Groups, operations: c.Operations, start: Start(c.Separate));

            var members = consolidation.Clusters.SelectMany(cl => cl.Members).ToList();
            var notes = c.Groups.SelectMany(g => g.Map.Items.Select(i => (g, i))).ToList();
            Assert.Equal(notes.Count, members.Count);
            Assert.Equal(notes.Count, members.Select(m => m.Ref).Distinct().Count());
            foreach (var (group, item) in notes)
            {
                var member = consolidation.ClusterOf(new ItemRef(group.GroupId, item.Id))!.Members.Single(m => m.Ref.ItemId == item.Id && m.Ref.GroupId == group.GroupId);
                Assert.Same(item, member.Item);
                Assert.Equal(group.GroupName, member.GroupName);
            }

            Assert.All(consolidation.Clusters, cl => Assert.All(cl.Members, m =>
                Assert.True(m.Item.StageId == cl.StageId && m.Item.Lane == cl.Lane)));
        }, iter: 300);
    }

    [Fact]
    public void Undoing_every_operation_one_by_one_gives_back_the_starting_clusters()
    {
        ACase.Sample(c =>
        {
            var start = WorkshopConsolidation.Build(c.Groups, start: Start(c.Separate));
            var states = new List<WorkshopConsolidation> { start };
            foreach (var operation in c.Operations)
            {
                var now = states[^1];
                var next = WorkshopConsolidation.Build(c.Groups, operations: [.. now.Operations, operation], start: now.Start);

                // Only operations that fit are applied (Apply refuses the others); the property is about those.
                if (next.Skipped.Count == 0)
                {
                    states.Add(now.Apply(operation));
                }
            }

            var current = states[^1];
            for (var back = states.Count - 2; back >= 0; back--)
            {
                current = current.Undo();
                Assert.Equal(Partition(states[back]), Partition(current));
            }

            Assert.Empty(current.Operations);
        }, iter: 200);
    }

    [Fact]
    public void Splitting_every_note_out_gives_back_the_groups_own_notes()
    {
        ACase.Sample(c =>
        {
            var consolidation = WorkshopConsolidation.Build(c.Groups, operations: c.Operations, start: Start(c.Separate));
            foreach (var cluster in consolidation.Clusters.Where(cl => cl.Members.Count > 1).ToList())
            {
                foreach (var member in cluster.Members.Skip(1))
                {
                    consolidation = consolidation.Apply(new SplitCluster([member.Ref]));
                }
            }

            Assert.All(consolidation.Clusters, cl => Assert.Single(cl.Members));
            Assert.Equal(c.Groups.Sum(g => g.Map.Items.Count), consolidation.Clusters.Count);
        }, iter: 150);
    }

    private static ClusteringStart Start(bool separate) => separate ? ClusteringStart.Separate : ClusteringStart.Suggested;

    private static string Partition(WorkshopConsolidation consolidation) =>
        string.Join(" | ", consolidation.Clusters.Select(c => $"{c.Name}={string.Join(',', c.Members.Select(m => m.Ref))}"));
}
