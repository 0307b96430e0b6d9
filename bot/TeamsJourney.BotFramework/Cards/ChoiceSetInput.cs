namespace TeamsJourney.BotFramework.Cards;

/// <summary>A choice input (<c>Input.ChoiceSet</c>); multi-select values arrive comma-separated.</summary>
public sealed class ChoiceSetInput : CardInput
{
    /// <inheritdoc />
    public override string Type => "Input.ChoiceSet";

    public IList<Choice> Choices { get; init; } = [];

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>The initially selected value(s), comma-separated.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary>One choice of a <see cref="ChoiceSetInput"/>; the value must not contain commas.</summary>
public sealed record Choice(string Title, string Value);
