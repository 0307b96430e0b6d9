using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Scenarios;

/// <summary>Reads an MVP card with several boxes: inputs named "in_&lt;key&gt;", with "_channel", "_evidence" and "_source" beside map items.</summary>
public static class MultiInputCard
{
    public const string Prefix = "in_";

    /// <summary>The keys of the card's boxes, in card order.</summary>
    public static IReadOnlyList<string> Keys(CardReader card) =>
        [.. card.Inputs.Select(i => (string?)i["id"])
            .OfType<string>()
            .Where(id => id.StartsWith(Prefix, StringComparison.Ordinal) && id.IndexOf('_', Prefix.Length) < 0)
            .Select(id => id[Prefix.Length..])];

    /// <summary>
    /// The data a group would send filling every box: <paramref name="textFor"/> gives each box's text (null leaves it
    /// empty), the emotion gets <paramref name="emotion"/>, touchpoints <paramref name="channel"/>, map items the evidence.
    /// </summary>
    public static JsonObject Fill(CardReader card, Func<string, string?> textFor, int emotion, string channel, Func<string, (string Kind, string Source)?> evidenceFor)
    {
        var data = new JsonObject();
        foreach (var key in Keys(card))
        {
            if (key == "emotion")
            {
                data[Prefix + key] = emotion.ToString(System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            data[Prefix + key] = textFor(key);
            if (card.HasInput($"{Prefix}{key}_channel"))
            {
                data[$"{Prefix}{key}_channel"] = channel;
            }

            if (card.HasInput($"{Prefix}{key}_evidence") && evidenceFor(key) is { } evidence)
            {
                data[$"{Prefix}{key}_evidence"] = evidence.Kind;
                data[$"{Prefix}{key}_source"] = evidence.Source;
            }
        }

        return data;
    }
}
