using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>A card body element; the <c>type</c> member is written from the concrete class.</summary>
public abstract class CardElement
{
    /// <summary>
    /// The schema's type name, written first. Each concrete class names itself rather than the base class declaring
    /// its subtypes for the serializer: <see cref="CardPartJsonConverter{TPart}"/> then writes each part through its own
    /// source-generated writer, which made a card turn's card JSON several times cheaper (issue 16).
    /// </summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }

    /// <summary>A unique id, needed for inputs and visibility toggles.</summary>
    public string? Id { get; init; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a line separates the element from the one above.</summary>
    public bool? Separator { get; init; }

    /// <summary>Whether the element starts visible (false for toggled sections).</summary>
    public bool? IsVisible { get; init; }
}
