using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// The <c>value</c> of an <c>adaptiveCard/action</c> invoke: the Action.Execute that was pressed (or run by a
/// refresh), its verb, and its data merged with the card's inputs.
/// </summary>
public sealed record AdaptiveCardInvokeValue
{
    /// <summary>Trigger of an action a user pressed.</summary>
    public const string ManualTrigger = "manual";

    /// <summary>Trigger of a card refresh; such an invoke must not post or update anything.</summary>
    public const string AutomaticTrigger = "automatic";

    private const string ExecuteActionType = "Action.Execute";

    /// <summary>The action type; always <c>Action.Execute</c> once parsed.</summary>
    public required string ActionType { get; init; }

    /// <summary>The action's id, when the card gave one.</summary>
    public string? ActionId { get; init; }

    /// <summary>The verb the card author chose.</summary>
    public required string Verb { get; init; }

    /// <summary>The action data merged with the inputs (input id -> value); empty when none was sent.</summary>
    public required JsonObject Data { get; init; }

    /// <summary><see cref="ManualTrigger"/> or <see cref="AutomaticTrigger"/>.</summary>
    public required string Trigger { get; init; }

    /// <summary>Whether a card refresh, not a user, caused the invoke.</summary>
    public bool IsAutomaticRefresh => string.Equals(Trigger, AutomaticTrigger, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the invoke value of <paramref name="activity"/>. On failure <paramref name="error"/> says what is
    /// wrong, fit for an <see cref="InvokeResponse.Error"/> with status 400.
    /// </summary>
    public static bool TryParse(
        Activity activity,
        [NotNullWhen(true)] out AdaptiveCardInvokeValue? value,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(activity);
        value = null;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } payload)
        {
            error = "The invoke has no 'value' object.";
            return false;
        }

        if (!payload.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            error = "The invoke value has no 'action' object.";
            return false;
        }

        var type = ReadString(action, "type");
        if (!string.Equals(type, ExecuteActionType, StringComparison.Ordinal))
        {
            error = $"The action type '{type}' is not supported; expected 'Action.Execute'.";
            return false;
        }

        var verb = ReadString(action, "verb");
        if (string.IsNullOrWhiteSpace(verb))
        {
            error = "The action has no 'verb'.";
            return false;
        }

        if (!TryReadData(action, out var data, out error))
        {
            return false;
        }

        value = new AdaptiveCardInvokeValue
        {
            ActionType = ExecuteActionType,
            ActionId = ReadString(action, "id"),
            Verb = verb,
            Data = data,
            Trigger = ReadString(payload, "trigger") ?? ManualTrigger,
        };
        return true;
    }

    private static bool TryReadData(JsonElement action, out JsonObject data, [NotNullWhen(false)] out string? error)
    {
        error = null;
        data = [];
        if (!action.TryGetProperty("data", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "The action 'data' must be an object.";
            return false;
        }

        data = JsonObject.Create(element) ?? [];
        return true;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
}
