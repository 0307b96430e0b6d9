using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

internal static partial class PromptCard
{
    private static readonly IReadOnlyList<Choice> ScaleChoices =
        [.. Enumerable.Range(1, 5).Select(n => new Choice(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static IEnumerable<CardElement> StepInputs(Prompt prompt, GroupCardContext context) => prompt.Kind switch
    {
        StepKind.PersonaField or StepKind.StageItems => TextAnswer(prompt, context),
        StepKind.StageEmotion => EmotionChoice(prompt, context),
        StepKind.MultiInput => MultiInputs(prompt, context),
        StepKind.InitiativeIdeas => InitiativeIdea(prompt, context),
        StepKind.Voting => Voting(prompt, context),
        StepKind.ImpactEffort => Rating(prompt, context),
        _ => Review(prompt),
    };

    private static IEnumerable<CardElement> TextAnswer(Prompt prompt, GroupCardContext context)
    {
        yield return new TextInput
        {
            Id = CardFields.Answer,
            Label = prompt.AllowsMultiple ? "Add an entry" : "Your answer",
            Value = context.Draft,
            IsMultiline = true,
            MaxLength = global::TeamsJourney.Domain.Common.TextAnswer.MaxLength,
            IsRequired = true,
            ErrorMessage = "Type an answer first.",
            Separator = true,
        };
        if (prompt.Lane == Lane.Touchpoint)
        {
            yield return new ChoiceSetInput
            {
                Id = CardFields.Channel,
                Label = "Channel",
                Style = ChoiceInputStyle.Compact,
                Choices = [.. Enum.GetValues<TouchpointChannel>().Select(c => new Choice(CardText.Channel(c), c.ToString()))],
            };
        }

        if (prompt.Kind == StepKind.StageItems)
        {
            yield return new ChoiceSetInput
            {
                Id = CardFields.EvidenceKind,
                Label = "Is this a fact or an assumption?",
                Style = ChoiceInputStyle.Expanded,
                Choices = [new Choice("Fact — we have evidence", nameof(EvidenceKind.Fact)), new Choice("Assumption — to be checked", nameof(EvidenceKind.Assumption))],
            };
            yield return new TextInput { Id = CardFields.EvidenceSource, Label = "Source (survey, complaint data, interview…)", MaxLength = Evidence.MaxSourceLength };
        }

        yield return new ActionSet
        {
            Actions = [Execute(prompt.AllowsMultiple ? "Add" : "Save answer", CardVerbs.Answer, Data(context, prompt), ActionStyle.Positive, sendsInputs: true)],
        };
    }

    private static IEnumerable<CardElement> EmotionChoice(Prompt prompt, GroupCardContext context)
    {
        yield return new ChoiceSetInput
        {
            Id = CardFields.Emotion,
            Label = "How does the person feel at this stage?",
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = "Choose how the person feels.",
            Value = prompt.Emotion?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Choices = [.. Enumerable.Range(-2, 5).Select(s => new Choice(CardText.Emotion(s), s.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        };
        yield return new ActionSet { Actions = [Execute("Save", CardVerbs.Emotion, Data(context, prompt), ActionStyle.Positive, sendsInputs: true)] };
    }

    private static IEnumerable<CardElement> InitiativeIdea(Prompt prompt, GroupCardContext context)
    {
        yield return new TextInput { Id = CardFields.Title, Label = "Improvement idea", IsRequired = true, ErrorMessage = "Name the idea.", MaxLength = 200, Separator = true };
        yield return new TextInput { Id = CardFields.Description, Label = "What would change (optional)", IsMultiline = true, MaxLength = global::TeamsJourney.Domain.Common.TextAnswer.MaxLength };
        if (prompt.PainPoints.Count > 0)
        {
            yield return new ChoiceSetInput
            {
                Id = CardFields.PainPoints,
                Label = "Which pain points does it address?",
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                Choices = [.. prompt.PainPoints.Select(p => new Choice($"{CardText.Plain(p.StageName, 60)}: {CardText.Plain(p.Text, 120)}", p.ItemId))],
            };
        }

        yield return new ActionSet { Actions = [Execute("Add idea", CardVerbs.Propose, Data(context, prompt), ActionStyle.Positive, sendsInputs: true)] };
    }

    private static IEnumerable<CardElement> Voting(Prompt prompt, GroupCardContext context)
    {
        yield return new TextBlock
        {
            Text = context.PersonalViewFor is null
                ? $"Each person has {prompt.DotsPerPerson} dots. Select \"Show my dots\" to see yours."
                : $"You have {prompt.RemainingDots} of {prompt.DotsPerPerson} dots left.",
            Wrap = true,
            Separator = true,
        };
        foreach (var initiative in prompt.Initiatives.OrderByDescending(i => i.Votes))
        {
            var data = Data(context, prompt, (CardFields.InitiativeId, initiative.Id));
            yield return new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = $"{CardText.Quote(initiative.Title, 160)} — {initiative.Votes} {(initiative.Votes == 1 ? "dot" : "dots")}", Wrap = true }] },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = [new ActionSet { Actions = [initiative.HasYourVote ? Execute("Remove my dot", CardVerbs.Unvote, data) : Execute("Add a dot", CardVerbs.Vote, data, ActionStyle.Positive)] }],
                    },
                ],
            };
        }
    }

    private static IEnumerable<CardElement> Rating(Prompt prompt, GroupCardContext context)
    {
        foreach (var initiative in prompt.Initiatives.OrderByDescending(i => i.Votes))
        {
            yield return new TextBlock { Text = $"{CardText.Quote(initiative.Title, 160)} ({initiative.Votes} dots)", Wrap = true, Weight = TextWeight.Bolder, Separator = true };
            yield return new ColumnSet
            {
                Columns =
                [
                    new Column { Items = [ScaleInput(CardFields.Impact(initiative.Id), "Impact (1 low – 5 high)", initiative.Impact)] },
                    new Column { Items = [ScaleInput(CardFields.Effort(initiative.Id), "Effort (1 low – 5 high)", initiative.Effort)] },
                ],
            };
            yield return new ActionSet { Actions = [Execute("Save rating", CardVerbs.Rate, Data(context, prompt, (CardFields.InitiativeId, initiative.Id)), sendsInputs: true)] };
        }
    }

    private static ChoiceSetInput ScaleInput(string id, string label, int? value) => new()
    {
        Id = id,
        Label = label,
        Style = ChoiceInputStyle.Compact,
        Value = value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Choices = [.. ScaleChoices],
    };

    private static IEnumerable<CardElement> Review(Prompt prompt)
    {
        var top = prompt.Initiatives.OrderByDescending(i => i.Votes).Take(3).ToList();
        if (top.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock { Text = "Top initiatives", Weight = TextWeight.Bolder, Separator = true };
        yield return new FactSet
        {
            Facts = [.. top.Select(i => new Fact($"{i.Votes} dots", $"{CardText.Quote(i.Title, 160)}{(i.Impact is { } impact ? $" · impact {impact}, effort {i.Effort}" : string.Empty)}"))],
        };
    }
}
