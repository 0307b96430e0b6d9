using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>
/// Source-generated JSON metadata for the wire types: camelCase names, nulls left out when writing,
/// names matched case-insensitively when reading because some channels vary the casing.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ChannelAccount))]
public sealed partial class ActivityJsonContext : JsonSerializerContext;
