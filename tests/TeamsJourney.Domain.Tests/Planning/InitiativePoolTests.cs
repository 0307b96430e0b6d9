using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using static TeamsJourney.Domain.Tests.Consolidation.WorkshopMaps;

namespace TeamsJourney.Domain.Tests.Planning;

public sealed class InitiativePoolTests
{
    private static GroupMap WithIdea(GroupMap group, string id, string title, int impact, int effort, params string[] voters)
    {
        var map = group.Map.ProposeInitiative(id, title, null, [group.Map.PainPoints[0].Id], $"{group.GroupId}-author", "Author")
            .RateInitiative(id, impact, effort);
        map = voters.Aggregate(map, (m, v) => m.CastVote(id, v));
        return group with { Map = map };
    }

    private static readonly GroupMap TableA = WithIdea(
        Group("a", ("a1", "report", Lane.PainPoint, "Online form times out", EvidenceKind.Fact)), "ia", "Save the form as you go", 4, 2, "ann", "bob");

    private static readonly GroupMap TableB = WithIdea(
        Group("b", ("b1", "wait", Lane.PainPoint, "Nobody phones back", null)), "ib", "Autosave the report form", 5, 3, "cat");

    private static readonly GroupMap TableC = WithIdea(
        Group("c", ("c1", "wait", Lane.PainPoint, "No update", null)), "ic", "Text updates", 2, 1);

    [Fact]
    public void Every_groups_idea_is_pooled_with_its_group_votes_and_ratings()
    {
        var pool = InitiativePool.Build([TableA, TableB, TableC]);

        Assert.Equal(3, pool.Initiatives.Count);
        Assert.Equal(["Save the form as you go", "Autosave the report form", "Text updates"], pool.Initiatives.Select(i => i.Title));
        Assert.Equal(2, pool.Initiatives[0].GroupVotes);
        Assert.Equal(MatrixQuadrant.QuickWin, pool.Initiatives[0].Quadrant);
        Assert.Equal(MatrixQuadrant.MajorProject, pool.Initiatives[1].Quadrant);
        Assert.Equal(MatrixQuadrant.FillIn, pool.Initiatives[2].Quadrant);
    }

    [Fact]
    public void Merging_duplicates_keeps_both_groups_ideas_their_pain_points_and_averages_the_ratings()
    {
        var pool = InitiativePool.Build([TableA, TableB, TableC])
            .Apply(new MergeInitiatives([new("a", "ia"), new("b", "ib")]))
            .Apply(new RetitleInitiative(new("b", "ib"), "Autosave every online form"));

        var merged = pool.Find(new("b", "ib"))!;
        Assert.Same(merged, pool.Find(new("a", "ia")));
        Assert.Equal("Autosave every online form", merged.Title);
        Assert.Equal([new ItemRef("a", "a1"), new ItemRef("b", "b1")], merged.PainPoints);
        Assert.Equal(["a", "b"], merged.Members.Select(m => m.GroupId));
        Assert.Equal((5, 3), (merged.Impact!.Value, merged.Effort!.Value));
        Assert.Equal(3, merged.GroupVotes);
        Assert.Equal(2, pool.Initiatives.Count);
        Assert.Equal(3, pool.UndoLastMerge().Initiatives.Count);
    }

    [Fact]
    public void Workshop_dots_are_limited_per_person_across_groups()
    {
        var pool = InitiativePool.Build([TableA, TableB, TableC], dotsPerPerson: 2)
            .Apply(new CastDot(new("c", "ic"), "ann"))
            .Apply(new CastDot(new("b", "ib"), "ann"));

        Assert.Equal(0, pool.DotsLeftFor("ann"));
        Assert.Throws<DomainValidationException>(() => pool.Apply(new CastDot(new("a", "ia"), "ann")));
        Assert.Throws<DomainValidationException>(() => pool.Apply(new CastDot(new("c", "ic"), "bob")).Apply(new CastDot(new("c", "ic"), "bob")));
        Assert.Equal(["Autosave the report form", "Text updates"], pool.Initiatives.Take(2).Select(i => i.Title));

        var moved = pool.Apply(new WithdrawDot(new("c", "ic"), "ann")).Apply(new CastDot(new("a", "ia"), "ann"));
        Assert.Equal(2, moved.DotsUsedBy("ann"));
    }

    [Fact]
    public void Agreed_initiatives_form_the_action_plan_and_move_through_their_statuses()
    {
        var due = new DateOnly(2027, 3, 14);
        var pool = InitiativePool.Build([TableA, TableB, TableC])
            .Apply(new AgreeInitiative(new("a", "ia"), "Digital team", due, "Form abandonment under 5%"))
            .Apply(new ChangeInitiativeStatus(new("a", "ia"), InitiativeStatus.InProgress))
            .Apply(new LinkPainPoints(new("a", "ia"), [new("c", "c1")]));

        var agreed = Assert.Single(pool.ActionPlan);
        Assert.Equal(new ActionPlanEntry("Digital team", due, "Form abandonment under 5%", InitiativeStatus.InProgress), agreed.Plan);
        Assert.Contains(new ItemRef("c", "c1"), agreed.PainPoints);
        Assert.Throws<DomainValidationException>(() => pool.Apply(new ChangeInitiativeStatus(new("c", "ic"), InitiativeStatus.Done)));
        Assert.Throws<DomainValidationException>(() => pool.Apply(new LinkPainPoints(new("a", "ia"), [new("a", "nowhere")])));
        Assert.Throws<DomainValidationException>(() => pool.Apply(new AgreeInitiative(new("b", "ib"), " ", due, null)));
    }

    [Fact]
    public void The_groups_own_initiatives_are_never_changed()
    {
        InitiativePool.Build([TableA, TableB])
            .Apply(new MergeInitiatives([new("a", "ia"), new("b", "ib")]))
            .Apply(new CastDot(new("a", "ia"), "zed"));

        Assert.Equal("Save the form as you go", TableA.Map.FindInitiative("ia")!.Title);
        Assert.Equal(["ann", "bob"], TableA.Map.FindInitiative("ia")!.VoterIds);
    }
}
