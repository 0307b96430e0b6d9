using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Tests.Builders;
using static TeamsJourney.Domain.Tests.Builders.ScriptBuilder;

namespace TeamsJourney.Domain.Tests.Facilitation;

public sealed class AnswerTests
{
    [Fact]
    public void Answering_a_single_persona_field_records_it_and_moves_on()
    {
        var group = GroupDriver.Started(AScript().Load());

        var events = group.Accept(new Answer("Maureen")).Events;

        Assert.Equal(PersonaField.Name, Assert.IsType<PersonaFieldAnswered>(events[0]).Field);
        Assert.Equal(StepMoveReason.Answered, Assert.IsType<StepMoved>(events[1]).Reason);
        Assert.Equal("Maureen", group.Session.Map.Persona.Name);
        Assert.Equal("persona.goals", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Answering_a_list_persona_field_stays_on_the_step_to_add_another()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("persona.goals");

        group.Accept(new Answer("Bin emptied"));
        var accepted = group.Accept(new Answer("No mess on the street"));

        Assert.Equal("persona.goals", accepted.Next.StepId);
        Assert.Equal(["Bin emptied", "No mess on the street"], accepted.Next.CapturedTexts);
    }

    [Fact]
    public void Answering_a_lane_step_adds_an_item_with_a_generated_id_and_stays()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");

        var accepted = group.Accept(new Answer("Calendar says collected", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Complaints log"));

        var added = Assert.IsType<ItemAdded>(accepted.Events.Single());
        Assert.Equal(("first", Lane.PainPoint), (added.StageId, added.Lane));
        Assert.Equal("journey.first.painPoint", accepted.Next.StepId);
        var item = Assert.Single(accepted.Next.CapturedItems);
        Assert.Equal(("Calendar says collected", "Alice", new Evidence(EvidenceKind.Fact, "Complaints log")), (item.Text, item.AuthorName, item.Evidence));
    }

    [Fact]
    public void An_empty_answer_is_rejected_without_events()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        var before = group.Events.Count;

        var rejected = group.Reject(new Answer("   "));

        Assert.Contains("empty", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(before, group.Events.Count);
    }

    [Fact]
    public void An_answer_over_ten_thousand_characters_is_rejected()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        Assert.Contains("10,000", group.Reject(new Answer(new string('x', 10_001))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_outside_a_touchpoint_step_is_rejected()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        Assert.Contains("channel", group.Reject(new Answer("Phone queue", TouchpointChannel.Phone)).Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_fifty_first_item_in_a_lane_is_rejected_with_the_limit()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.painPoint");
        for (var i = 0; i < 50; i++)
        {
            group.AddItem($"Pain {i}");
        }

        Assert.Contains("50", group.Reject(new Answer("One too many")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Answering_an_emotion_step_with_a_score_records_it_and_moves_on()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.emotion");

        group.Accept(new Answer("-1"));

        Assert.Equal(-1, group.Session.Map.FindStage("first")!.Emotion);
        Assert.Equal("journey.second.customerAction", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Answering_an_emotion_step_with_words_is_rejected()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.emotion");
        Assert.Contains("-2", group.Reject(new Answer("grumpy")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreEmotion_outside_the_scale_is_rejected()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("journey.first.emotion");
        group.Reject(new ScoreEmotion(3));
        Assert.Null(group.Session.Map.FindStage("first")!.Emotion);
    }

    [Fact]
    public void ScoreEmotion_for_another_stage_records_it_without_moving()
    {
        var group = GroupDriver.Started(AScript().Load());

        group.Accept(new ScoreEmotion(2, "second"));

        Assert.Equal(2, group.Session.Map.FindStage("second")!.Emotion);
        Assert.Equal("persona.name", group.Session.CurrentStep.Id);
    }

    [Fact]
    public void Typing_on_the_voting_step_is_rejected_with_guidance()
    {
        var group = GroupDriver.Started(AScript().Load()).GoTo("initiatives.voting");
        Assert.Contains("vote", group.Reject(new Answer("I like text alerts")).Reason, StringComparison.Ordinal);
    }
}
