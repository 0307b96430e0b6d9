using System.Text.Json;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>What a member sees on the card an invoke answered with: the step it is for and the actions it offers.</summary>
internal sealed record CardView(string? StepId, IReadOnlySet<string> Verbs, bool Busy, bool Warning, bool Finished, string? Notice = null)
{
    public static CardView Read(JsonElement invokeResponse)
    {
        if (!invokeResponse.TryGetProperty("value", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            return new CardView(null, new HashSet<string>(), Busy: false, Warning: false, Finished: false);
        }

        var verbs = new HashSet<string>(StringComparer.Ordinal);
        string? stepId = null;
        var busy = false;
        var warning = false;
        var finished = false;
        string? notice = null;
        Walk(card);
        return new CardView(stepId, verbs, busy, warning, finished, notice);

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
