using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// Reads the stored map back through the tab API and checks every benchmark answer sits where the card it was typed
/// on puts it: a stage item in that stage and lane, a persona answer in that field. A full-depth answer names its
/// step ("m{member} #{press} @journey.report.painPoint"); an MVP answer names its card and box
/// ("@journey.report" + ".painPoint", "@persona" + ".lifeContext"), which spells the same place.
/// </summary>
internal static partial class MisfiledAnswers
{
    public static async Task<(int Misfiled, int Checked)> CountAsync(HttpClient host, IReadOnlyList<string> channelIds)
    {
        var misfiled = 0;
        var checkedAnswers = 0;
        foreach (var channelId in channelIds)
        {
            var (inChannel, checkedInChannel) = await CountAsync(host, channelId);
            misfiled += inChannel;
            checkedAnswers += checkedInChannel;
        }

        return (misfiled, checkedAnswers);
    }

    private static async Task<(int Misfiled, int Checked)> CountAsync(HttpClient host, string channelId)
    {
        var workshops = await host.GetFromJsonAsync<JsonArray>($"api/tab/workshops?channelId={Uri.EscapeDataString(channelId)}")
            ?? throw new BenchmarkFailedException("GET /api/tab/workshops answered null.");
        var misfiled = 0;
        var checkedAnswers = 0;
        foreach (var workshop in workshops)
        {
            var map = await host.GetFromJsonAsync<JsonObject>($"api/tab/workshops/{Uri.EscapeDataString((string)workshop!["id"]!)}/map")
                ?? throw new BenchmarkFailedException("GET .../map answered null.");
            foreach (var group in map["groups"]!.AsArray())
            {
                foreach (var item in group!["items"]!.AsArray())
                {
                    if (StepOf((string)item!["text"]!) is { } step)
                    {
                        checkedAnswers++;
                        misfiled += step.Split('.') is [_, var stage, var lane] && stage == (string)item["stageId"]! && lane == Simple((string)item["lane"]!)
                            ? 0 : 1;
                    }
                }

                foreach (var (field, value) in group["persona"]!.AsObject())
                {
                    foreach (var text in Texts(value))
                    {
                        if (StepOf(text) is { } step)
                        {
                            checkedAnswers++;
                            misfiled += step == $"persona.{Simple(field)}" ? 0 : 1;
                        }
                    }
                }
            }
        }

        return (misfiled, checkedAnswers);
    }

    private static IEnumerable<string> Texts(JsonNode? value) => value switch
    {
        JsonArray list => list.Select(v => (string?)v).OfType<string>(),
        JsonValue single when single.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static string? StepOf(string text) => Answer().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    // Step ids spell lanes and fields in lower camel case ("customerAction", "lifeContext"), the map in either case.
    private static string Simple(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^m\d+ #\d+ @(\S+)$")]
    private static partial Regex Answer();
}
