namespace TeamsJourney.BotFramework.Cards;

/// <summary>A paragraph made of separately formatted runs.</summary>
public sealed class RichTextBlock : CardElement
{
    /// <inheritdoc />
    public override string Type => "RichTextBlock";

    /// <summary>The runs, in order.</summary>
    public required IList<TextRun> Inlines { get; init; }
}

/// <summary>A run of formatted text in a <see cref="RichTextBlock"/> (Markdown is not rendered).</summary>
public sealed class TextRun
{
    /// <summary>Always <c>TextRun</c>.</summary>
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }
}
