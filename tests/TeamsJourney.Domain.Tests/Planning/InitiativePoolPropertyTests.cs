using CsCheck;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using static TeamsJourney.Domain.Tests.Consolidation.WorkshopMaps;

namespace TeamsJourney.Domain.Tests.Planning;

/// <summary>Random merges, dots and plans over random groups' ideas: no idea is lost or counted twice, no one over-votes.</summary>
public sealed class InitiativePoolPropertyTests
{
    private static readonly string[] Voters = ["ann", "bob", "cat", "dan"];

    private static readonly Gen<GroupMap[]> SomeGroups = Gen.Int[0, 4].Array[1, 3].Select(counts => counts
        .Select((count, g) =>
        {
            var group = Group($"g{g}", ($"p{g}", "report", Lane.PainPoint, "Pain", null));
            var map = Enumerable.Range(0, count).Aggregate(group.Map, (m, i) => m.ProposeInitiative($"i{i}", $"Idea {g}.{i}", null, [$"p{g}"], "u", "U"));
            return group with { Map = map };
        })
        .ToArray());

    private static Gen<PlanChange> AChangeOn(GroupMap[] groups)
    {
        var refs = groups.SelectMany(g => g.Map.Initiatives.Select(i => new InitiativeRef(g.GroupId, i.Id))).ToList();
        var aRef = refs.Count == 0 ? Gen.Const(new InitiativeRef("g0", "ghost")) : Gen.Int[0, refs.Count - 1].Select(i => refs[i]);
        var aVoter = Gen.Int[0, Voters.Length - 1].Select(i => Voters[i]);
        return Gen.Frequency(
            (3, aRef.Array[2, 3].Select(r => (PlanChange)new MergeInitiatives(r))),
            (6, Gen.Select(aRef, aVoter, (r, v) => (PlanChange)new CastDot(r, v))),
            (2, Gen.Select(aRef, aVoter, (r, v) => (PlanChange)new WithdrawDot(r, v))),
            (1, aRef.Select(r => (PlanChange)new AgreeInitiative(r, "Owner", new DateOnly(2027, 1, 1), null))));
    }

    [Fact]
    public void Every_groups_idea_is_in_exactly_one_pooled_initiative_and_nobody_exceeds_their_dots()
    {
        SomeGroups
            .SelectMany(groups => Gen.Select(AChangeOn(groups).Array[0, 30], Gen.Int[1, 3], (changes, dots) => (groups, changes, dots)))
            .Sample(c =>
            {
                var pool = InitiativePool.Build(c.groups, c.changes, c.dots);

                var members = pool.Initiatives.SelectMany(i => i.MemberRefs).ToList();
                Assert.Equal(c.groups.Sum(g => g.Map.Initiatives.Count), members.Count);
                Assert.Equal(members.Count, members.Distinct().Count());
                Assert.All(Voters, v => Assert.InRange(pool.DotsUsedBy(v), 0, c.dots));
                Assert.All(pool.Initiatives, i => Assert.Equal(i.VoterIds.Count, i.VoterIds.Distinct().Count()));
            }, iter: 300);
    }
}
