namespace TeamsJourney.BotFramework.Cards;

/// <summary>An image; always give <see cref="AltText"/> for screen readers.</summary>
public sealed class Image : CardElement
{
    /// <inheritdoc />
    public override string Type => "Image";

    public required Uri Url { get; init; }

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }
}
