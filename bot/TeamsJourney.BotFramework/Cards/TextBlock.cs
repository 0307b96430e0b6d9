namespace TeamsJourney.BotFramework.Cards;

/// <summary>A block of text (a subset of Markdown is rendered).</summary>
public sealed class TextBlock : CardElement
{
    /// <inheritdoc />
    public override string Type => "TextBlock";

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    /// <summary>Whether long text wraps instead of being cut off.</summary>
    public bool? Wrap { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>The most lines shown when wrapping.</summary>
    public int? MaxLines { get; init; }

    /// <summary><see cref="TextBlockStyle.Heading"/> marks a heading for accessibility.</summary>
    public TextBlockStyle? Style { get; init; }
}
