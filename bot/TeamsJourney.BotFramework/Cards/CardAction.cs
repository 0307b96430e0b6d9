using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>A card action; the <c>type</c> member is written from the concrete class.</summary>
public abstract class CardAction
{
    /// <summary>
    /// The schema's type name, written first. Each concrete class names itself rather than the base class declaring
    /// its subtypes for the serializer: <see cref="CardPartJsonConverter{TPart}"/> then writes each part through its own
    /// source-generated writer, which made a card turn's card JSON several times cheaper (issue 16).
    /// </summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }

    public string? Id { get; init; }

    /// <summary>The button label.</summary>
    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }

    /// <summary>False greys the button out (schema 1.5).</summary>
    public bool? IsEnabled { get; init; }

    /// <summary>Hover text, also read by screen readers (schema 1.5).</summary>
    public string? Tooltip { get; init; }
}
