namespace TeamsJourney.BotFramework.Cards;

/// <summary>An input; its value arrives in the action data under <see cref="CardElement.Id"/>.</summary>
public abstract class CardInput : CardElement
{
    /// <summary>The visible label (read by screen readers too).</summary>
    public string? Label { get; init; }

    /// <summary>Whether the client refuses to submit while the input is empty.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when <see cref="IsRequired"/> or other validation fails.</summary>
    public string? ErrorMessage { get; init; }
}
