using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Reads the arguments of "depth" and "lanes". Bad arguments are not answers to the current step (nothing is saved
/// to the map): they come back as a problem the facilitator sees with the right form.
/// </summary>
internal static class DepthArguments
{
    public const string DepthUsage = "depth mvp|full [for {group name}]";
    public const string LanesUsage = "lanes frontstage, backstage, support[, evidence, time, owner]";

    // The words people use for blueprint lanes, with spaces and hyphens taken out.
    private static readonly Dictionary<string, Lane> LaneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["frontstage"] = Lane.Frontstage,
        ["front"] = Lane.Frontstage,
        ["frontstageactions"] = Lane.Frontstage,
        ["backstage"] = Lane.Backstage,
        ["backstageactions"] = Lane.Backstage,
        ["support"] = Lane.SupportProcess,
        ["supportprocess"] = Lane.SupportProcess,
        ["supportprocesses"] = Lane.SupportProcess,
        ["systems"] = Lane.SupportProcess,
        ["evidence"] = Lane.PhysicalEvidence,
        ["physicalevidence"] = Lane.PhysicalEvidence,
        ["time"] = Lane.Time,
        ["owner"] = Lane.Owner,
        ["owners"] = Lane.Owner,
    };

    /// <summary>"mvp", "full", "full for Table 3"; empty shows the settings.</summary>
    public static TextCommand ParseDepth(string arguments)
    {
        if (arguments.Length == 0)
        {
            return new TextCommand.Depth(null, null);
        }

        var words = arguments.Split(' ', 2);
        ScenarioDepth? level = words[0].ToLowerInvariant() switch
        {
            "mvp" => ScenarioDepth.Mvp,
            "full" => ScenarioDepth.Full,
            _ => null,
        };
        if (level is null)
        {
            return new TextCommand.Depth(null, null, $"'{words[0]}' is not a depth. Type {DepthUsage}.");
        }

        if (words.Length == 1)
        {
            return new TextCommand.Depth(level, null);
        }

        var rest = words[1].Trim();
        if (!rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase) || rest[4..].Trim().Length == 0)
        {
            return new TextCommand.Depth(null, null, $"Say which group after 'for'. Type {DepthUsage}.");
        }

        return new TextCommand.Depth(level, rest[4..].Trim());
    }

    /// <summary>"frontstage, backstage, support" (commas or spaces; "all" for every blueprint lane); empty shows them.</summary>
    public static TextCommand ParseLanes(string arguments)
    {
        if (arguments.Length == 0)
        {
            return new TextCommand.Lanes(null);
        }

        if (arguments.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return new TextCommand.Lanes(DepthChoice.ChoosableLanes);
        }

        var lanes = new List<Lane>();
        var unknown = new List<string>();
        foreach (var part in arguments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var phrase = part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
            var joined = phrase.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            if (LaneWords.TryGetValue(joined, out var lane))
            {
                lanes.Add(lane);
                continue;
            }

            // "frontstage backstage" without commas: each word on its own.
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words.All(w => LaneWords.ContainsKey(w) || w.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                lanes.AddRange(words.Where(LaneWords.ContainsKey).Select(w => LaneWords[w]));
                continue;
            }

            unknown.Add(part);
        }

        return unknown.Count > 0
            ? new TextCommand.Lanes(null, $"I don't know the lane{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Type {LanesUsage}.")
            : new TextCommand.Lanes(lanes);
    }
}
