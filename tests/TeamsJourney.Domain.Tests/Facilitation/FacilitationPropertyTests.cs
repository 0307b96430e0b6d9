using CsCheck;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

/// <summary>
/// Random command sequences, valid and invalid, from random actors: the engine must never throw,
/// never corrupt the session and always be replayable.
/// </summary>
public sealed class FacilitationPropertyTests
{
    private static readonly CommandActor[] Actors = [GroupDriver.Alice, GroupDriver.Bob, GroupDriver.Facilitator];

    // The driver hands out ids "id-1", "id-2", ... so references to those hit real items and initiatives.
    private static readonly Gen<string> AnId = Gen.Int[0, 8].Select(i => i == 0 ? "ghost" : $"id-{i}");

    private static readonly Gen<string> AText = Gen.OneOf(
        Gen.Const("Bins left out"),
        Gen.Const("-1"),
        Gen.Const("2"),
        Gen.Const(""),
        Gen.Const("   "),
        Gen.Const(new string('x', 10_001)),
        Gen.String[1, 30]);

    private static readonly Gen<Lane> ALane = Gen.Int[0, 11].Select(i => (Lane)i);

    private static readonly Gen<string> AStageId = Gen.OneOf(Gen.Const("first"), Gen.Const("second"), Gen.Const("nowhere"));

    private static readonly Gen<int?> AVersion = Gen.Int[0, 3].Select(v => v == 0 ? (int?)null : v);

    private static readonly Gen<GroupCommand> ACommand = Gen.Frequency(
        (1, Gen.Const<GroupCommand>(new Start("Group A"))),
        (12, Gen.Select(AText, Gen.Int[-1, 9], Gen.Int[-1, 1], (text, channel, evidence) => (GroupCommand)new Answer(
            text,
            channel < 0 ? null : (TouchpointChannel)channel,
            evidence < 0 ? null : (EvidenceKind)evidence))),
        (4, Gen.Const<GroupCommand>(new Next())),
        (4, Gen.Const<GroupCommand>(new Back())),
        (3, Gen.Const<GroupCommand>(new Skip())),
        (1, Gen.Const<GroupCommand>(new FinishStage())),
        (1, Gen.Const<GroupCommand>(new AdvanceAll())),
        (1, Gen.Const<GroupCommand>(new Pause())),
        (3, Gen.Const<GroupCommand>(new Resume())),
        (3, Gen.Select(Gen.Int[-3, 3], AStageId, (score, stage) => (GroupCommand)new ScoreEmotion(score, score == 0 ? null : stage))),
        (5, Gen.Select(AText, Gen.Frequency((2, Gen.Const(Array.Empty<string>())), (1, AnId.Array[1, 2])), (title, links) => (GroupCommand)new ProposeInitiative(title, links))),
        (8, AnId.Select(id => (GroupCommand)new Vote(id))),
        (2, AnId.Select(id => (GroupCommand)new Unvote(id))),
        (3, Gen.Select(AnId, Gen.Int[0, 6], Gen.Int[0, 6], (id, impact, effort) => (GroupCommand)new RateInitiative(id, impact, effort))),
        (2, Gen.Select(AnId, AText, AVersion, (id, text, version) => (GroupCommand)new EditItem(id, text, version))),
        (2, Gen.Select(AnId, AStageId, ALane, AVersion, (id, stage, lane, version) => (GroupCommand)new MoveItem(id, stage, lane, version))),
        (1, Gen.Select(AnId, AVersion, (id, version) => (GroupCommand)new DeleteItem(id, version))),
        (1, Gen.Select(AnId, Gen.Int[-1, 1], AText, (id, kind, source) => (GroupCommand)new SetEvidence(id, kind < 0 ? null : (EvidenceKind)kind, source))));

    /// <summary>Skips to a random step first, so later phases (voting, rating) are reached often.</summary>
    private static readonly Gen<(int StartSkips, (GroupCommand Command, int Actor)[] Commands)> ASequence =
        Gen.Select(Gen.Int[0, 1000], Gen.Select(ACommand, Gen.Int[0, Actors.Length - 1]).Array[1, 120]);

    public static TheoryData<string> Scripts => new("test", "missed-bin-collection");

    private static ScenarioScript ScriptNamed(string name) =>
        name == "test" ? AScript().Load() : BuiltInScenarios.All.Single(s => s.Id == name);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Random_commands_never_throw_and_keep_the_session_consistent(string scriptName)
    {
        var script = ScriptNamed(scriptName);
        ASequence.Sample(sequence =>
        {
            var group = Play(script, sequence);
            AssertConsistent(group.Session);
        }, iter: 300, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Replaying_the_accepted_events_reproduces_the_session(string scriptName)
    {
        var script = ScriptNamed(scriptName);
        ASequence.Sample(sequence =>
        {
            var group = Play(script, sequence);
            Assert.Equal(SessionSnapshot.Of(group.Session), SessionSnapshot.Of(GroupSession.Replay(script, group.Events)));
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Random_votes_never_exceed_anyones_dots()
    {
        var script = AScript().Load();
        var ballot = Gen.Select(Gen.Int[0, 5], Gen.Bool, Gen.Int[0, Actors.Length - 1]).Array[1, 60];
        ballot.Sample(votes =>
        {
            var group = GroupDriver.Started(script).GoTo("initiatives.ideas");
            var ids = Enumerable.Range(1, 5).Select(i => Assert.IsType<InitiativeProposed>(group.Accept(new Answer($"Idea {i}")).Events[0]).InitiativeId).ToList();
            group.GoTo("initiatives.voting");
            foreach (var (index, cast, actor) in votes)
            {
                var id = ids[Math.Min(index, ids.Count - 1)];
                group.Send(cast ? new Vote(id) : new Unvote(id), Actors[actor]);
                Assert.All(Actors, a => Assert.InRange(group.Session.Map.DotsUsedBy(a.UserId), 0, script.Initiatives.Voting.DotsPerPerson));
                Assert.All(Actors, a => Assert.Equal(script.Initiatives.Voting.DotsPerPerson - group.Session.Map.DotsUsedBy(a.UserId), group.Session.RemainingDots(a.UserId)));
            }
        }, iter: 200, threads: 1);
    }

    /// <summary>Plays the sequence after a start, checking each decision as it goes.</summary>
    private static GroupDriver Play(ScenarioScript script, (int StartSkips, (GroupCommand Command, int Actor)[] Commands) sequence)
    {
        var group = GroupDriver.For(script);
        group.Send(new Start("Group A"));
        var skips = sequence.StartSkips % script.Steps.Count;
        for (var i = 0; i < skips; i++)
        {
            group.Send(new Skip());
        }

        foreach (var (command, actor) in sequence.Commands)
        {
            var before = group.Session;
            var eventsBefore = group.Events.Count;
            var decision = group.Send(command, Actors[actor]);
            switch (decision)
            {
                case Rejected rejected:
                    Assert.Equal(eventsBefore, group.Events.Count);
                    Assert.Same(before, group.Session);
                    Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
                    break;
                case Accepted accepted:
                    Assert.NotEmpty(accepted.Events);
                    Assert.Equal(before.EventCount + accepted.Events.Count, group.Session.EventCount);
                    break;
            }
        }

        return group;
    }

    private static void AssertConsistent(GroupSession session)
    {
        var map = session.Map;
        var dots = session.Script.Initiatives.Voting.DotsPerPerson;
        Assert.InRange(session.StepIndex, 0, session.Script.Steps.Count - 1);
        Assert.All(Actors, actor => Assert.InRange(map.DotsUsedBy(actor.UserId), 0, dots));
        Assert.All(map.Initiatives, i => Assert.Equal(i.VoterIds.Distinct().Count(), i.Votes));
        Assert.All(
            map.Items.GroupBy(i => (i.StageId, i.Lane)),
            cell => Assert.InRange(cell.Count(), 1, JourneyMap.MaxItemsPerCell));
        Assert.All(map.Items, i => Assert.NotNull(map.FindStage(i.StageId)));
        Assert.All(map.Items, i => Assert.True(i.Channel is null || i.Lane == Lane.Touchpoint));
        Assert.All(
            map.Initiatives.SelectMany(i => i.PainPointIds),
            id => Assert.Equal(Lane.PainPoint, map.FindItem(id)?.Lane));
        Assert.All(map.Stages, s => Assert.True(s.Emotion is null || Domain.Maps.Stage.IsValidEmotion(s.Emotion.Value)));
    }
}
