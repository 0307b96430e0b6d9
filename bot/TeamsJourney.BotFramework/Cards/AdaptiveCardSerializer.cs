using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>Writes cards as the JSON Teams renders, and measures them against the message size budget.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// Teams refuses messages of about 100 KB; cards are kept well under that so text, mentions and
    /// channel data around them still fit.
    /// </summary>
    public const int SizeBudgetBytes = 28 * 1024;

    /// <summary>The card as a JSON tree, e.g. for an attachment's content.</summary>
    public static JsonNode ToJsonNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)
            ?? throw new InvalidOperationException("A card never serializes to JSON null.");
    }

    /// <summary>The card as JSON text.</summary>
    public static string ToJson(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>The size of the card's compact JSON in UTF-8 bytes.</summary>
    public static int MeasureUtf8Bytes(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, CardJsonContext.Default.AdaptiveCard).Length;
    }

    /// <summary>Whether the card's JSON fits in <paramref name="budgetBytes"/> (default <see cref="SizeBudgetBytes"/>).</summary>
    public static bool FitsSizeBudget(AdaptiveCard card, int budgetBytes = SizeBudgetBytes) =>
        MeasureUtf8Bytes(card) <= budgetBytes;

    /// <summary>Throws a <see cref="CardTooLargeException"/> when the card is over budget; call before sending.</summary>
    public static void EnsureFitsSizeBudget(AdaptiveCard card, int budgetBytes = SizeBudgetBytes)
    {
        var size = MeasureUtf8Bytes(card);
        if (size > budgetBytes)
        {
            throw new CardTooLargeException(size, budgetBytes);
        }
    }
}
