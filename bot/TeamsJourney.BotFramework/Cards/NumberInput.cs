namespace TeamsJourney.BotFramework.Cards;

/// <summary>A number input (<c>Input.Number</c>).</summary>
public sealed class NumberInput : CardInput
{
    /// <inheritdoc />
    public override string Type => "Input.Number";

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }

    public string? Placeholder { get; init; }
}
