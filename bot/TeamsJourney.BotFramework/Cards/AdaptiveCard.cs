using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>An Adaptive Card (schema 1.5, the newest Teams renders; Action.Execute needs 1.4 or later).</summary>
public sealed class AdaptiveCard
{
    /// <summary>The schema URL cards declare.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The card version this model targets.</summary>
    public const string DefaultVersion = "1.5";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    /// <summary>The schema URL (editors use it; hosts ignore it).</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; } = SchemaUrl;

    /// <summary>The card version; required on a top-level card.</summary>
    public string? Version { get; init; } = DefaultVersion;

    /// <summary>The card elements.</summary>
    public IList<CardElement> Body { get; init; } = [];

    /// <summary>The actions shown in the card's action bar.</summary>
    public IList<CardAction>? Actions { get; init; }

    /// <summary>How the card refreshes itself (user-specific views, automatic refresh).</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a speech client says for the card.</summary>
    public string? Speak { get; init; }

    /// <summary>Teams-specific display properties.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
