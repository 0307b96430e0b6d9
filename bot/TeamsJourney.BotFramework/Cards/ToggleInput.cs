namespace TeamsJourney.BotFramework.Cards;

/// <summary>A checkbox (<c>Input.Toggle</c>); submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput : CardInput
{
    /// <inheritdoc />
    public override string Type => "Input.Toggle";

    public required string Title { get; init; }

    /// <summary>The initial value: <see cref="ValueOn"/> to start checked.</summary>
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
