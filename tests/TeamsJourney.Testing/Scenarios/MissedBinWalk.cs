using System.Text.Json.Nodes;

namespace TeamsJourney.Testing.Scenarios;

/// <summary>
/// Walks a group through the whole "missed bin collection" scenario with answers a real workshop
/// might give, so screenshots and accessibility checks see a full map: every lane, emotions,
/// evidence, initiatives and votes.
/// </summary>
public static class MissedBinWalk
{
    private static readonly string[] s_stages = ["notice", "report", "wait", "return", "follow-up"];
    private static readonly int[] s_emotions = [-1, -2, -1, 1, 0];
    private static readonly string[] s_channels = ["InPerson", "Phone", "Letter", "InPerson", "Web"];

    private static readonly Dictionary<string, string[]> s_answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customerAction"] = ["Sees the full green bin on the kerb after the lorry has gone", "Phones the council after failing to find the form online", "Leaves the bin out for two more days", "Watches the crew empty the bin", "Checks the next collection date on a paper calendar"],
        ["touchpoint"] = ["Bin tag from the crew", "Contact centre phone line", "Confirmation letter", "Collection crew", "Council website calendar"],
        ["thought"] = ["“Not again — this is the second time this month.”", "“I was on hold for 25 minutes.”", "“Will they actually come back?”", "“Finally, but nobody said sorry.”", "“I hope it doesn't happen next time.”"],
        ["painPoint"] = ["No way to tell whether the crew skipped the street or just her bin", "Online form hidden three clicks deep; needs an account", "No return date given, so the bin blocks the pavement", "Return visit came a day later than promised", "Nothing changes to stop a repeat"],
        ["opportunity"] = ["Crew logs missed bins in the cab with a reason", "Report a missed bin without an account", "Text the resident the return date", "Confirm the return visit by text when done", "Flag repeat misses to the waste team"],
        ["physicalEvidence"] = ["Full bin on the kerb", "Reference number read out on the phone", "Letter with a reference number", "Empty bin back at the gate", "Paper collection calendar"],
        ["frontstage"] = ["Crew drives past without stopping", "Adviser logs the report while on the phone", "Adviser promises a call back", "Crew returns and empties the bin", "Website shows the next collection"],
        ["backstage"] = ["Crew notes 'bin not presented' in the cab", "Report re-keyed into the contractor's system", "Waste team books a return visit", "Contractor closes the job", "Nobody reviews repeat misses"],
        ["supportProcess"] = ["In-cab tablets with weak signal", "Two case systems with no link", "Daily job export by email", "Contractor performance contract", "Monthly missed-bin report"],
        ["time"] = ["Day 0", "Day 0, 25 minutes on hold", "Days 1 to 3", "Day 3", "Next fortnight"],
        ["owner"] = ["Waste contractor", "Contact centre", "Waste team", "Waste contractor", "Waste team"],
    };

    private static readonly Dictionary<string, string> s_persona = new(StringComparer.OrdinalIgnoreCase)
    {
        ["persona.name"] = "Maureen, 72",
        ["persona.lifeContext"] = "Lives alone in a terraced house, retired, uses a tablet her grandson set up, has a bad knee.",
        ["persona.goals"] = "Get the bin emptied before it overflows.",
        ["persona.motivations"] = "Doesn't want foxes ripping open the bags on the pavement.",
        ["persona.challenges"] = "Can't wheel a heavy bin back up the steps.",
    };

    private static readonly string[] s_ideas = ["Text residents when a bin is missed, with the return date", "Report a missed bin in two taps, no account needed"];

    /// <summary>Answers every step until the scenario is finished, or until <paramref name="stopAt"/> says so.</summary>
    public static async Task WalkAsync(BotGroup group, Func<BotGroup, bool>? stopAt = null)
    {
        var ideas = 0;
        for (var turn = 0; group.StepId is { } step; turn++)
        {
            if (stopAt?.Invoke(group) == true)
            {
                return;
            }

            Assert.True(turn < 300, $"The walk did not finish; stuck at {step}: {group.Card.ToJsonString()[..Math.Min(3000, group.Card.ToJsonString().Length)]}");
            if (group.IsMultiInput)
            {
                // An MVP card: every box filled with what a real group might say, saved and moved on in one press.
                var fill = MultiInputCard.Fill(
                    new CardReader(group.Card),
                    key => step == "persona" ? s_persona.GetValueOrDefault("persona." + key) : s_answers.TryGetValue(key, out var texts) ? texts[StageIndex(step)] : null,
                    s_emotions[StageIndex(step)],
                    s_channels[StageIndex(step)],
                    _ => StageIndex(step) % 2 == 0 ? ("Fact", "Missed collections log, April") : ("Assumption", "Contact centre team's view"));
                fill["then"] = "next";
                await group.PressAsync("answerInputs", fill);
                continue;
            }

            if (group.HasInput("answer"))
            {
                await group.PressAsync("answer", AnswerFor(group, step));
            }
            else if (group.HasInput("emotion"))
            {
                await group.PressAsync("emotion", new JsonObject { ["emotion"] = s_emotions[StageIndex(step)].ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
            else if (group.HasInput("title") && ideas < s_ideas.Length)
            {
                var painPoints = group.HasInput("painPoints") ? group.ChoiceValues("painPoints") : [];
                await group.PressAsync("propose", new JsonObject { ["title"] = s_ideas[ideas], ["painPoints"] = string.Join(',', painPoints.Take(2)) });
                ideas++;
                continue;
            }
            else if (group.Verb("vote") is { } vote)
            {
                await group.PressAsync("vote", new JsonObject { ["initiativeId"] = (string)vote["data"]!["initiativeId"]! });
            }
            else if (group.InputIdStartingWith("impact_") is { } impact)
            {
                var initiativeId = impact["impact_".Length..];
                await group.PressAsync("rate", new JsonObject { ["initiativeId"] = initiativeId, ["impact_" + initiativeId] = "4", ["effort_" + initiativeId] = "2" });
            }

            if (group.StepId == step && group.Verb("next") is not null)
            {
                await group.PressAsync("next");
            }
            else if (group.StepId == step)
            {
                return;
            }
        }
    }

    private static JsonObject AnswerFor(BotGroup group, string step)
    {
        if (s_persona.TryGetValue(step, out var persona))
        {
            return new JsonObject { ["answer"] = persona };
        }

        var stage = StageIndex(step);
        var lane = step.Split('.')[^1];
        var answer = new JsonObject { ["answer"] = s_answers.TryGetValue(lane, out var texts) ? texts[stage] : $"Notes on {lane} at stage {stage + 1}" };
        if (group.HasInput("channel"))
        {
            answer["channel"] = s_channels[stage];
        }

        if (group.HasInput("evidenceKind"))
        {
            answer["evidenceKind"] = stage % 2 == 0 ? "Fact" : "Assumption";
            answer["evidenceSource"] = stage % 2 == 0 ? "Missed collections log, April" : "Contact centre team's view";
        }

        return answer;
    }

    private static int StageIndex(string step)
    {
        // Full-depth steps are "journey.<stage>.<lane>", MVP cards "journey.<stage>".
        var index = Array.FindIndex(s_stages, s => step.Contains($".{s}.", StringComparison.Ordinal) || step.EndsWith($".{s}", StringComparison.Ordinal));
        return Math.Max(index, 0);
    }
}
