using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// Writes a card element or action as its concrete class, through that class's own source-generated writer. Declared
/// as a polymorphic base class instead, every element went through the serializer's general path: a new write state
/// per element (about 400 bytes each), ~200 KB of garbage and most of a millisecond for a card of a few hundred
/// elements, and a card turn writes one or two such cards. Cards are only ever written, never read back.
/// </summary>
internal sealed class CardPartJsonConverter<TPart> : JsonConverter<TPart>
    where TPart : class
{
    public override TPart Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"Cards are written, not read: {typeof(TPart).Name} has no reader.");

    public override void Write(Utf8JsonWriter writer, TPart value, JsonSerializerOptions options) => WritePart(writer, value, options);

    /// <summary>Writes one part through its concrete class's metadata (every part is listed in CardJsonContext; one missing throws NotSupportedException).</summary>
    internal static void WritePart(Utf8JsonWriter writer, TPart part, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, part, options.GetTypeInfo(part.GetType()));
}

/// <summary>
/// Writes a list of card parts (a body, a container's items, an action set's actions) element by element through
/// <see cref="CardPartJsonConverter{TPart}"/>'s route. Left to the serializer, a list whose element type has its own
/// converter goes through the general path, which allocated a write state for every nested list.
/// </summary>
internal sealed class CardPartListJsonConverter<TPart> : JsonConverter<IList<TPart>>
    where TPart : class
{
    public override IList<TPart> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"Cards are written, not read: a list of {typeof(TPart).Name} has no reader.");

    public override void Write(Utf8JsonWriter writer, IList<TPart> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        // By index: a foreach over the interface would box the list's enumerator for every nested list.
        for (var index = 0; index < value.Count; index++)
        {
            CardPartJsonConverter<TPart>.WritePart(writer, value[index], options);
        }

        writer.WriteEndArray();
    }
}
