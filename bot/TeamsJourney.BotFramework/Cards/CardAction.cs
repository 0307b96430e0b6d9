using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>A card action; the <c>type</c> member is written from the concrete class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    public string? Id { get; init; }

    /// <summary>The button label.</summary>
    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }

    /// <summary>False greys the button out (schema 1.5).</summary>
    public bool? IsEnabled { get; init; }

    /// <summary>Hover text, also read by screen readers (schema 1.5).</summary>
    public string? Tooltip { get; init; }
}
