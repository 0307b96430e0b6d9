using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Testing.Cards;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>The MVP cards: several boxes on one card, each map item with its own channel, evidence and source.</summary>
public sealed class PromptCardMultiInputTests
{
    private static ScenarioWalk AtMvp() => ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection"), depth: DepthChoice.Mvp);

    private static Prompt StageCard()
    {
        var walk = AtMvp();
        walk.Do(new Skip());
        return walk.Current;
    }

    private static RenderedCard Render(Prompt prompt) => RenderedCard.Of(PromptCard.Render(prompt, CardContexts.Participant()));

    [Fact]
    public void A_stage_card_has_a_labelled_box_for_action_touchpoint_thought_and_pain_point_and_an_emotion_choice()
    {
        var card = Render(StageCard());

        foreach (var key in new[] { "customerAction", "touchpoint", "thought", "painPoint" })
        {
            var box = card.Input(CardFields.InputText(key));
            Assert.Equal("Input.Text", RenderedCard.TypeOf(box!));
            Assert.False(string.IsNullOrWhiteSpace((string?)box!["label"]));
            Assert.Null(box["isRequired"]);
        }

        Assert.Contains("Pain points: What goes wrong or frustrates them here?", (string?)card.Input(CardFields.InputText("painPoint"))!["label"], StringComparison.Ordinal);
        Assert.Equal(["-2", "-1", "0", "1", "2"], card.ChoiceValues(CardFields.InputText("emotion")));
    }

    [Fact]
    public void Each_map_box_has_its_own_fact_or_assumption_and_source_and_only_the_touchpoint_a_channel()
    {
        var card = Render(StageCard());

        foreach (var key in new[] { "customerAction", "touchpoint", "thought", "painPoint" })
        {
            Assert.Equal(["Fact", "Assumption"], card.ChoiceValues(CardFields.InputEvidence(key)));
            Assert.NotNull(card.Input(CardFields.InputSource(key)));
        }

        Assert.Equal(Enum.GetNames<TouchpointChannel>(), card.ChoiceValues(CardFields.InputChannel("touchpoint")));
        Assert.Null(card.Input(CardFields.InputChannel("painPoint")));
        Assert.Null(card.Input(CardFields.InputEvidence("emotion")));
    }

    [Fact]
    public void The_persona_card_has_a_box_per_field_and_no_evidence()
    {
        var card = Render(AtMvp().Current);

        Assert.NotNull(card.Input(CardFields.InputText("name")));
        Assert.NotNull(card.Input(CardFields.InputText("lifeContext")));
        Assert.Null(card.Input(CardFields.InputEvidence("name")));
    }

    [Fact]
    public void Add_and_Save_and_next_send_the_boxes_and_there_is_no_Finish_stage_to_skip_the_pain_points()
    {
        var card = Render(StageCard());

        var buttons = card.ButtonsWithVerb(CardVerbs.AnswerInputs);
        Assert.Equal(["Add to map", "Save and next"], buttons.Select(b => (string?)b["title"]));
        Assert.All(buttons, b => Assert.Equal("auto", (string?)b["associatedInputs"]));
        Assert.Equal(CardVerbs.Next, (string?)buttons[1]["data"]![CardFields.Then]);
        Assert.Empty(card.ButtonsWithVerb(CardVerbs.FinishStage));
        Assert.Empty(card.ButtonsWithVerb(CardVerbs.Next));
    }

    [Fact]
    public void What_each_box_already_holds_is_listed_above_it()
    {
        var walk = AtMvp();
        walk.Do(new Skip());
        walk.Do(new AnswerInputs([new InputAnswer("painPoint", "Calendar says collected", EvidenceKind: EvidenceKind.Fact, EvidenceSource: "Complaints log")]));

        var card = Render(walk.Current);

        Assert.Contains(card.Texts, t => t.Contains("Calendar says collected", StringComparison.Ordinal) && t.Contains("Complaints log", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stage_card_with_ten_thousand_character_entries_in_every_box_stays_valid_and_within_the_size_budget()
    {
        var walk = AtMvp();
        walk.Do(new Skip());
        var step = walk.Session.CurrentStep;
        for (var round = 0; round < 5; round++)
        {
            walk.Do(new AnswerInputs([.. step.Inputs.Where(i => !i.IsEmotion).Select(i => new InputAnswer(i.Key, new string('ж', 10_000), i.TakesChannel ? TouchpointChannel.Web : null, EvidenceKind.Fact, new string('源', Evidence.MaxSourceLength)))]));
        }

        var card = Render(walk.Current);

        Assert.True(card.FitsSizeBudget, $"{card.SizeInBytes:N0} bytes");
        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
    }
}
