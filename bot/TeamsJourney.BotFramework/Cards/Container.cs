namespace TeamsJourney.BotFramework.Cards;

/// <summary>Groups elements, optionally with a background style.</summary>
public sealed class Container : CardElement
{
    /// <inheritdoc />
    public override string Type => "Container";

    public IList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    /// <summary>Whether the styled background bleeds through the parent's padding.</summary>
    public bool? Bleed { get; init; }
}
