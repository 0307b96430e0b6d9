using System.Text.Json;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// What a member sees on the card an invoke answered with: the step it is for, the actions it offers and the ids of
/// its inputs (an MVP card's boxes are "in_&lt;key&gt;", with "_channel", "_evidence" and "_source" beside map items).
/// </summary>
internal sealed record CardView(string? StepId, IReadOnlySet<string> Verbs, IReadOnlySet<string> Inputs, bool Busy, bool Warning, bool Finished, string? Notice = null)
{
    public const string InputPrefix = "in_";

    public static CardView Nothing { get; } = new(null, new HashSet<string>(), new HashSet<string>(), Busy: false, Warning: false, Finished: false);

    /// <summary>The keys of an MVP card's boxes, in card order ("name", "customerAction", "emotion", ...).</summary>
    public IReadOnlyList<string> InputKeys { get; private init; } = [];

    public static CardView Read(JsonElement invokeResponse)
    {
        if (!invokeResponse.TryGetProperty("value", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            return Nothing;
        }

        var verbs = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        string? stepId = null;
        var busy = false;
        var warning = false;
        var finished = false;
        string? notice = null;
        Walk(card);
        return new CardView(stepId, verbs, inputs, busy, warning, finished, notice) { InputKeys = keys };

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    if (element.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
                    {
                        verbs.Add(verb.GetString()!);
                        if (element.TryGetProperty("data", out var data) && data.TryGetProperty("stepId", out var step))
                        {
                            stepId ??= step.GetString();
                        }
                    }

                    if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)
                        && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        var inputId = id.GetString()!;
                        inputs.Add(inputId);
                        if (inputId.StartsWith(InputPrefix, StringComparison.Ordinal) && inputId.IndexOf('_', InputPrefix.Length) < 0)
                        {
                            keys.Add(inputId[InputPrefix.Length..]);
                        }
                    }

                    if (element.TryGetProperty("style", out var style) && style.ValueKind == JsonValueKind.String && style.GetString() == "warning")
                    {
                        warning = true;
                        notice ??= element.TryGetProperty("items", out var items) && items.GetArrayLength() > 0 && items[0].TryGetProperty("text", out var said) ? said.GetString() : null;
                    }

                    if (element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                    {
                        var value = text.GetString()!;
                        busy |= value.StartsWith("Busy moment", StringComparison.Ordinal);
                        finished |= value.StartsWith("Finished", StringComparison.Ordinal);
                    }

                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }
}
