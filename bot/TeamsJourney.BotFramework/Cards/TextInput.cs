namespace TeamsJourney.BotFramework.Cards;

/// <summary>A text input (<c>Input.Text</c>).</summary>
public sealed class TextInput : CardInput
{
    /// <inheritdoc />
    public override string Type => "Input.Text";

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>The most characters the client collects.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The initial value.</summary>
    public string? Value { get; init; }
}
