using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// A column width, which the schema writes either as a string (<c>auto</c>, <c>stretch</c>, <c>50px</c>)
/// or as a number (a relative weight).
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keywordOrPixels, int? weight)
    {
        KeywordOrPixels = keywordOrPixels;
        Weight = weight;
    }

    /// <summary>As wide as its content.</summary>
    public static ColumnWidth Auto => new("auto", null);

    /// <summary>Takes the remaining width.</summary>
    public static ColumnWidth Stretch => new("stretch", null);

    internal string? KeywordOrPixels { get; }

    internal int? Weight { get; }

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Relative(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be positive.");

    /// <summary>A fixed width in pixels.</summary>
    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0
            ? new(pixels.ToString(CultureInfo.InvariantCulture) + "px", null)
            : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A column width in pixels must be positive.");

    /// <inheritdoc />
    public override string ToString() => KeywordOrPixels ?? Weight?.ToString(CultureInfo.InvariantCulture) ?? "auto";
}

internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => ColumnWidth.Relative(reader.GetInt32()),
            JsonTokenType.String => ReadString(reader.GetString()),
            _ => throw new JsonException("A column width is a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Weight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.KeywordOrPixels ?? "auto");
        }
    }

    private static ColumnWidth ReadString(string? text) => text switch
    {
        "auto" => ColumnWidth.Auto,
        "stretch" => ColumnWidth.Stretch,
        _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px) => ColumnWidth.Pixels(px),
        _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) => ColumnWidth.Relative(weight),
        _ => throw new JsonException($"'{text}' is not a column width."),
    };
}
