using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class GroupSessionReplayTests
{
    private static GroupDriver ABusyGroup()
    {
        var group = GroupDriver.Started(AScript().Load());
        group.Accept(new Answer("Maureen"));
        group.Accept(new Answer("Bin emptied"));
        group.GoTo("journey.first.painPoint");
        var pain = group.AddItem("Calendar wrong");
        group.Accept(new EditItem(pain, "Calendar is wrong"));
        group.Accept(new ScoreEmotion(-1, "first"));
        group.GoTo("initiatives.ideas").Accept(new ProposeInitiative("Text alerts", [pain]));
        group.GoTo("initiatives.voting").Accept(new Vote(group.Session.Map.Initiatives[0].Id));
        group.Accept(new Pause(), GroupDriver.Facilitator);
        return group;
    }

    [Fact]
    public void Replaying_the_events_reproduces_the_session()
    {
        var group = ABusyGroup();
        var replayed = GroupSession.Replay(group.Session.Script, group.Events);
        Assert.Equal(SessionSnapshot.Of(group.Session), SessionSnapshot.Of(replayed));
    }

    [Fact]
    public void Events_survive_a_json_round_trip_using_the_published_event_types()
    {
        var group = ABusyGroup();
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RegisterEventTypes } } };

        var json = JsonSerializer.Serialize(group.Events.ToList(), options);
        var events = JsonSerializer.Deserialize<List<GroupEvent>>(json, options)!;

        Assert.Equal(json, JsonSerializer.Serialize(events, options));
        Assert.Equal(SessionSnapshot.Of(group.Session), SessionSnapshot.Of(GroupSession.Replay(group.Session.Script, events)));
    }

    [Fact]
    public void DomainEventTypes_lists_every_concrete_event_type()
    {
        var concrete = typeof(GroupEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(GroupEvent)) && !t.IsAbstract);
        Assert.Equal(concrete.OrderBy(t => t.Name), DomainEventTypes.All.OrderBy(t => t.Name));
    }

    [Fact]
    public void Replay_with_another_script_version_is_refused()
    {
        var group = ABusyGroup();
        var newer = AScript().With("version", 2).Load();

        var ex = Assert.Throws<DomainValidationException>(() => GroupSession.Replay(newer, group.Events));
        Assert.Equal("scenario", ex.Field);
    }

    [Fact]
    public void An_event_before_the_group_started_is_refused()
    {
        var stray = new ItemDeleted { Actor = new EventActor("u", "U"), OccurredAt = DateTimeOffset.UnixEpoch, ItemId = "x" };
        Assert.Throws<DomainValidationException>(() => GroupSession.Replay(AScript().Load(), [stray]));
    }

    [Fact]
    public void A_step_move_from_the_wrong_step_is_refused()
    {
        var group = GroupDriver.Started(AScript().Load());
        var wrong = new StepMoved { Actor = new EventActor("u", "U"), OccurredAt = DateTimeOffset.UnixEpoch, FromStepId = "review", ToStepId = "persona.goals", Reason = StepMoveReason.Next };

        Assert.Throws<DomainValidationException>(() => group.Session.Apply(wrong));
    }

    [Fact]
    public void Items_added_on_replay_belong_to_the_event_actor()
    {
        var group = ABusyGroup();
        var replayed = GroupSession.Replay(group.Session.Script, group.Events);
        Assert.All(replayed.Map.Items, i => Assert.Equal("Alice", i.AuthorName));
        Assert.Equal(Lane.PainPoint, replayed.Map.Items.Single().Lane);
    }

    private static void RegisterEventTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(GroupEvent))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$type" };
        foreach (var type in DomainEventTypes.All)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
        }
    }
}
