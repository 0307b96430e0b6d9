using System.Globalization;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

internal static partial class PromptCard
{
    /// <summary>How many captured entries each box lists on a multi-input card; the map tab shows the rest.</summary>
    private const int ListedEntriesPerInput = 3;

    /// <summary>
    /// A card with several inputs (MVP depth): one block per lane, field or emotion, each with what is captured
    /// already, a text box and, for map items, the channel and fact-or-assumption with its source. Empty boxes add
    /// nothing, so a group fills what it knows.
    /// </summary>
    private static IEnumerable<CardElement> MultiInputs(Prompt prompt, GroupCardContext context)
    {
        foreach (var input in prompt.Inputs)
        {
            yield return new Container { Separator = true, Spacing = Spacing.Medium, Items = [.. InputBlock(input)] };
        }

        yield return new ActionSet { Actions = [Execute("Add to map", CardVerbs.AnswerInputs, Data(context, prompt), ActionStyle.Positive, sendsInputs: true)] };
    }

    private static IEnumerable<CardElement> InputBlock(PromptInput captured)
    {
        var input = captured.Input;
        var label = $"{input.Label}: {input.Question}";
        if (input.IsEmotion)
        {
            yield return new ChoiceSetInput
            {
                Id = CardFields.InputText(input.Key),
                Label = CardText.Quote(label, 300),
                Style = ChoiceInputStyle.Compact,
                Placeholder = "How does it feel?",
                Value = captured.Emotion?.ToString(CultureInfo.InvariantCulture),
                Choices = [.. Enumerable.Range(Stage.MinEmotion, Stage.MaxEmotion - Stage.MinEmotion + 1).Select(s => new Choice(CardText.Emotion(s), s.ToString(CultureInfo.InvariantCulture)))],
            };
            yield break;
        }

        // Only the last few entries are listed, so only those are written out (a cell holds up to fifty).
        var entries = captured.Items.Count > 0 ? captured.Items.Count : captured.Texts.Count;
        for (var index = Math.Max(0, entries - ListedEntriesPerInput); index < entries; index++)
        {
            var line = captured.Items.Count > 0 ? ItemLine(captured.Items[index]) : CardText.Quote(captured.Texts[index], 160);
            yield return new TextBlock { Text = "• " + line, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small };
        }

        if (entries > ListedEntriesPerInput)
        {
            yield return new TextBlock { Text = $"…and {entries - ListedEntriesPerInput} more (see the map tab).", IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small };
        }

        yield return new TextInput
        {
            Id = CardFields.InputText(input.Key),
            Label = CardText.Quote(label, 300),
            Placeholder = input.Example is { Length: > 0 } example ? "For example: " + CardText.Quote(example, 200) : null,
            IsMultiline = input.PersonaField is not PersonaField.Name,
            MaxLength = Domain.Common.TextAnswer.MaxLength,
        };
        if (!input.TakesEvidence)
        {
            yield break;
        }

        var columns = new List<Column>();
        if (input.TakesChannel)
        {
            columns.Add(new Column
            {
                Width = ColumnWidth.Stretch,
                Items =
                [
                    new ChoiceSetInput
                    {
                        Id = CardFields.InputChannel(input.Key),
                        Label = "Channel",
                        Style = ChoiceInputStyle.Compact,
                        Placeholder = "Channel",
                        Choices = [.. Enum.GetValues<TouchpointChannel>().Select(c => new Choice(CardText.Channel(c), c.ToString()))],
                    },
                ],
            });
        }

        columns.Add(new Column
        {
            Width = ColumnWidth.Stretch,
            Items =
            [
                new ChoiceSetInput
                {
                    Id = CardFields.InputEvidence(input.Key),
                    Label = "Fact or assumption?",
                    Style = ChoiceInputStyle.Compact,
                    Placeholder = "Not said",
                    Choices = [new Choice("Fact", nameof(EvidenceKind.Fact)), new Choice("Assumption", nameof(EvidenceKind.Assumption))],
                },
            ],
        });
        columns.Add(new Column
        {
            Width = ColumnWidth.Stretch,
            Items = [new TextInput { Id = CardFields.InputSource(input.Key), Label = "Source", Placeholder = "Survey, complaints, interview…", MaxLength = Evidence.MaxSourceLength }],
        });
        yield return new ColumnSet { Columns = columns, Spacing = Spacing.Small };
    }

    private static string ItemLine(PromptItem item) =>
        CardText.Quote(item.Text, 160) + (item.Channel is { } channel ? $" — {CardText.Channel(channel)}" : string.Empty) + CardText.Evidence(item.Evidence);
}
