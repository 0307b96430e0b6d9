using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>Writes card enums as the camelCase strings the Adaptive Card schema uses.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
