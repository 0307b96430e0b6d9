using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// Source-generated JSON metadata for cards and invoke payloads: camelCase, nulls left out. Every concrete element
/// and action is listed, as <see cref="CardPartJsonConverter{TPart}"/> writes each through its own metadata.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CardPartJsonConverter<CardElement>),
        typeof(CardPartJsonConverter<CardAction>),
        typeof(CardPartListJsonConverter<CardElement>),
        typeof(CardPartListJsonConverter<CardAction>),
    ])]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(TextBlock))]
[JsonSerializable(typeof(RichTextBlock))]
[JsonSerializable(typeof(Container))]
[JsonSerializable(typeof(ColumnSet))]
[JsonSerializable(typeof(FactSet))]
[JsonSerializable(typeof(Image))]
[JsonSerializable(typeof(ActionSet))]
[JsonSerializable(typeof(TextInput))]
[JsonSerializable(typeof(ChoiceSetInput))]
[JsonSerializable(typeof(NumberInput))]
[JsonSerializable(typeof(ToggleInput))]
[JsonSerializable(typeof(ExecuteAction))]
[JsonSerializable(typeof(SubmitAction))]
[JsonSerializable(typeof(OpenUrlAction))]
[JsonSerializable(typeof(ShowCardAction))]
[JsonSerializable(typeof(ToggleVisibilityAction))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
