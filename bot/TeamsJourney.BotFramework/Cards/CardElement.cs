using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>A card body element; the <c>type</c> member is written from the concrete class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract class CardElement
{
    /// <summary>A unique id, needed for inputs and visibility toggles.</summary>
    public string? Id { get; init; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a line separates the element from the one above.</summary>
    public bool? Separator { get; init; }

    /// <summary>Whether the element starts visible (false for toggled sections).</summary>
    public bool? IsVisible { get; init; }
}
