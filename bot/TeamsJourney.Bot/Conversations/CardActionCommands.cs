using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Reads a card action (verb + data, with the card's input values merged into the data as Teams
/// does) as a facilitation command. Anything that does not fit gets a message a person can act on.
/// </summary>
internal static class CardActionCommands
{
    public static bool TryRead(string verb, JsonObject data, [NotNullWhen(true)] out GroupCommand? command, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(data);
        error = null;
        command = verb switch
        {
            CardVerbs.Next => new Next(),
            CardVerbs.Back => new Back(),
            CardVerbs.Skip => new Skip(),
            CardVerbs.FinishStage => new FinishStage(),
            CardVerbs.Pause => new Pause(),
            CardVerbs.Resume => new Resume(),
            CardVerbs.AdvanceAll => new AdvanceAll(),
            CardVerbs.Answer => ReadAnswer(data, out error),
            CardVerbs.AnswerInputs => ReadInputs(data, out error),
            CardVerbs.Emotion => ReadInt(data, CardFields.Emotion, -2, 2, out var score, out error) ? new ScoreEmotion(score) : null,
            CardVerbs.Propose => ReadProposal(data, out error),
            CardVerbs.Vote => Text(data, CardFields.InitiativeId) is { } id ? new Vote(id) : Fail("Which initiative? The card did not say.", out error),
            CardVerbs.Unvote => Text(data, CardFields.InitiativeId) is { } id ? new Unvote(id) : Fail("Which initiative? The card did not say.", out error),
            CardVerbs.Rate => ReadRating(data, out error),
            _ => Fail($"This card sent an action I do not know ('{verb}').", out error),
        };
        return command is not null;
    }

    /// <summary>A data value as text: Teams sends input values as strings, our own data too.</summary>
    public static string? Text(JsonObject data, string key) => data[key] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } s ? s : null,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static GroupCommand? ReadAnswer(JsonObject data, out string? error)
    {
        var text = Text(data, CardFields.Answer);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("Type an answer in the box first.", out error);
        }

        TouchpointChannel? channel = null;
        if (Text(data, CardFields.Channel) is { } channelText)
        {
            if (!Enum.TryParse<TouchpointChannel>(channelText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Fail($"'{channelText}' is not a channel I know.", out error);
            }

            channel = parsed;
        }

        EvidenceKind? evidence = null;
        if (Text(data, CardFields.EvidenceKind) is { } evidenceText)
        {
            if (!Enum.TryParse<EvidenceKind>(evidenceText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Fail($"Evidence must be Fact or Assumption, not '{evidenceText}'.", out error);
            }

            evidence = parsed;
        }

        error = null;
        return new Answer(text, channel, evidence, Text(data, CardFields.EvidenceSource));
    }

    // A multi-input card sends every box as "in_<key>" plus "in_<key>_channel", "_evidence" and "_source"; the engine
    // checks the keys against the step, so a box the step does not have is refused there, by name.
    private static GroupCommand? ReadInputs(JsonObject data, out string? error)
    {
        var answers = new List<InputAnswer>();
        foreach (var key in data.Select(p => p.Key).Where(k => k.StartsWith(CardFields.InputPrefix, StringComparison.Ordinal) && k.IndexOf('_', CardFields.InputPrefix.Length) < 0))
        {
            var name = key[CardFields.InputPrefix.Length..];
            if (!TryParseEnum<TouchpointChannel>(Text(data, CardFields.InputChannel(name)), out var channel, $"is not a channel I know", out error)
                || !TryParseEnum<EvidenceKind>(Text(data, CardFields.InputEvidence(name)), out var evidence, "is not Fact or Assumption", out error))
            {
                return null;
            }

            answers.Add(new InputAnswer(name, Text(data, key), channel, evidence, Text(data, CardFields.InputSource(name))));
        }

        error = null;
        return new AnswerInputs(answers, MoveOn: Text(data, CardFields.Then) == CardVerbs.Next);
    }

    private static bool TryParseEnum<T>(string? text, out T? value, string problem, out string? error)
        where T : struct, Enum
    {
        value = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (!Enum.TryParse<T>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(text, out _))
        {
            error = $"'{text}' {problem}.";
            return false;
        }

        value = parsed;
        return true;
    }

    private static GroupCommand? ReadProposal(JsonObject data, out string? error)
    {
        var title = Text(data, CardFields.Title);
        if (string.IsNullOrWhiteSpace(title))
        {
            return Fail("Give the idea a name first.", out error);
        }

        // A multi-select ChoiceSet sends its values comma-separated.
        var painPoints = (Text(data, CardFields.PainPoints) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        error = null;
        return new ProposeInitiative(title, painPoints, Text(data, CardFields.Description));
    }

    private static GroupCommand? ReadRating(JsonObject data, out string? error)
    {
        if (Text(data, CardFields.InitiativeId) is not { } id)
        {
            return Fail("Which initiative? The card did not say.", out error);
        }

        return ReadInt(data, CardFields.Impact(id), 1, 5, out var impact, out error)
            && ReadInt(data, CardFields.Effort(id), 1, 5, out var effort, out error)
            ? new RateInitiative(id, impact, effort)
            : null;
    }

    private static bool ReadInt(JsonObject data, string key, int min, int max, out int value, [NotNullWhen(false)] out string? error)
    {
        var text = Text(data, key);
        if (text is null || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            value = 0;
            error = $"Choose a value from {min} to {max}.";
            return false;
        }

        error = null;
        return true;
    }

    private static T? Fail<T>(string message, out string? error)
        where T : class
    {
        error = message;
        return null;
    }

    private static GroupCommand? Fail(string message, out string? error) => Fail<GroupCommand>(message, out error);
}
