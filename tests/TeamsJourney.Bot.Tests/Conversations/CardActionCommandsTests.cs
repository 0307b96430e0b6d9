using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// Card actions (verb + data, with input values merged in as strings the way Teams sends them) read
/// as domain commands, and anything malformed gets a sentence a person can act on.
/// </summary>
public sealed class CardActionCommandsTests
{
    public static TheoryData<string, GroupCommand> NavigationVerbs() => new()
    {
        { CardVerbs.Next, new Next() },
        { CardVerbs.Back, new Back() },
        { CardVerbs.Skip, new Skip() },
        { CardVerbs.FinishStage, new FinishStage() },
        { CardVerbs.Pause, new Pause() },
        { CardVerbs.Resume, new Resume() },
        { CardVerbs.AdvanceAll, new AdvanceAll() },
    };

    [Theory]
    [MemberData(nameof(NavigationVerbs))]
    public void Navigation_verb_reads_as_its_command(string verb, GroupCommand expected)
    {
        Assert.Equal(expected, Read(verb, CardData()));
    }

    [Fact]
    public void Answer_reads_the_text_channel_and_evidence_as_Teams_sends_them()
    {
        var command = Read(CardVerbs.Answer, CardData(
            (CardFields.Answer, "Resident fills in the web form"),
            (CardFields.Channel, "Web"),
            (CardFields.EvidenceKind, "Fact"),
            (CardFields.EvidenceSource, "Web analytics, May")));

        Assert.Equal(new Answer("Resident fills in the web form", TouchpointChannel.Web, EvidenceKind.Fact, "Web analytics, May"), command);
    }

    [Fact]
    public void Answer_with_empty_optional_inputs_has_no_channel_or_evidence()
    {
        var command = Read(CardVerbs.Answer, CardData((CardFields.Answer, "Calls the contact centre"), (CardFields.Channel, ""), (CardFields.EvidenceKind, ""), (CardFields.EvidenceSource, "")));

        Assert.Equal(new Answer("Calls the contact centre"), command);
    }

    [Fact]
    public void Emotion_reads_the_chosen_score()
    {
        Assert.Equal(new ScoreEmotion(-2), Read(CardVerbs.Emotion, CardData((CardFields.Emotion, "-2"))));
    }

    [Fact]
    public void Proposal_reads_a_multi_select_of_pain_points_sent_comma_separated()
    {
        var command = Read(CardVerbs.Propose, CardData((CardFields.Title, "Text when a report arrives"), (CardFields.PainPoints, "a,b"), (CardFields.Description, "Confirm by SMS")));

        var proposal = Assert.IsType<ProposeInitiative>(command);
        Assert.Equal(("Text when a report arrives", "Confirm by SMS"), (proposal.Title, proposal.Description));
        Assert.Equal(["a", "b"], proposal.PainPointIds);
    }

    [Fact]
    public void Proposal_without_pain_points_links_none()
    {
        var proposal = Assert.IsType<ProposeInitiative>(Read(CardVerbs.Propose, CardData((CardFields.Title, "Crew app"))));

        Assert.Empty(proposal.PainPointIds);
    }

    [Fact]
    public void Vote_and_unvote_read_the_initiative_from_the_button_data()
    {
        Assert.Equal(new Vote("init-7"), Read(CardVerbs.Vote, CardData((CardFields.InitiativeId, "init-7"))));
        Assert.Equal(new Unvote("init-7"), Read(CardVerbs.Unvote, CardData((CardFields.InitiativeId, "init-7"))));
    }

    [Fact]
    public void Rating_reads_impact_and_effort_of_the_initiative_from_its_own_inputs()
    {
        var command = Read(CardVerbs.Rate, CardData(
            (CardFields.InitiativeId, "init-7"),
            (CardFields.Impact("init-7"), "4"),
            (CardFields.Effort("init-7"), "2"),
            (CardFields.Impact("init-8"), "1")));

        Assert.Equal(new RateInitiative("init-7", 4, 2), command);
    }

    [Theory]
    [InlineData("launchRocket", "launchRocket")]
    [InlineData("", "action")]
    public void Unknown_verb_is_refused_with_a_message(string verb, string mentioned)
    {
        var error = Refusal(verb, CardData());

        Assert.Contains(mentioned, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-3")]
    [InlineData("very sad")]
    [InlineData("")]
    public void Emotion_outside_minus_two_to_plus_two_is_refused(string score)
    {
        Assert.Equal("Choose a value from -2 to 2.", Refusal(CardVerbs.Emotion, CardData((CardFields.Emotion, score))));
    }

    [Fact]
    public void Rating_with_a_missing_effort_is_refused()
    {
        var error = Refusal(CardVerbs.Rate, CardData((CardFields.InitiativeId, "init-7"), (CardFields.Impact("init-7"), "4")));

        Assert.Equal("Choose a value from 1 to 5.", error);
    }

    [Fact]
    public void Rating_without_the_initiative_is_refused()
    {
        Assert.Contains("Which initiative", Refusal(CardVerbs.Rate, CardData((CardFields.Impact("x"), "4"), (CardFields.Effort("x"), "2"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Vote_without_the_initiative_is_refused()
    {
        Assert.Contains("Which initiative", Refusal(CardVerbs.Vote, CardData()), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_channel_is_refused_naming_it()
    {
        var error = Refusal(CardVerbs.Answer, CardData((CardFields.Answer, "Fax to the depot"), (CardFields.Channel, "Fax")));

        Assert.Equal("'Fax' is not a channel I know.", error);
    }

    [Fact]
    public void Unknown_evidence_kind_is_refused()
    {
        var error = Refusal(CardVerbs.Answer, CardData((CardFields.Answer, "Crew misses the street"), (CardFields.EvidenceKind, "Rumour")));

        Assert.Contains("Fact or Assumption", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_answer_is_refused(string? answer)
    {
        var data = answer is null ? CardData() : CardData((CardFields.Answer, answer));

        Assert.Equal("Type an answer in the box first.", Refusal(CardVerbs.Answer, data));
    }

    [Fact]
    public void Proposal_without_a_title_is_refused()
    {
        Assert.Equal("Give the idea a name first.", Refusal(CardVerbs.Propose, CardData((CardFields.PainPoints, "a"))));
    }

    [Fact]
    public void Number_sent_as_a_JSON_number_reads_like_its_text()
    {
        var data = CardData();
        data[CardFields.Emotion] = 1;

        Assert.Equal(new ScoreEmotion(1), Read(CardVerbs.Emotion, data));
    }

    // The data every card action carries, plus the inputs Teams merges in.
    private static JsonObject CardData(params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { [CardFields.WorkshopId] = "ws-0042", [CardFields.GroupId] = "grp-blue", [CardFields.StepId] = "journey.notice.touchpoint" };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }

    private static GroupCommand Read(string verb, JsonObject data)
    {
        Assert.True(CardActionCommands.TryRead(verb, data, out var command, out var error), error);
        return command;
    }

    private static string Refusal(string verb, JsonObject data)
    {
        Assert.False(CardActionCommands.TryRead(verb, data, out var command, out var error));
        Assert.Null(command);
        return error;
    }
}
