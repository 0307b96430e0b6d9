using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Scenarios;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>What only facilitators do from a conversation: move every group on, load their own scenario scripts.</summary>
internal sealed class FacilitatorHandler(
    MoveAllGroupsOn moveAll, LoadScenario loadScenario, WorkshopScenarios scenarios)
{
    /// <summary>
    /// Moves every group of the workshop on by one section. Each group's live card follows its stored move (through
    /// the live card updater); only the facilitator sees this summary. Returns a one-line summary.
    /// </summary>
    public async Task<string> MoveAllGroupsOnAsync(TurnContext turn, ConversationGroup from, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var result = await moveAll.MoveAsync(from.Workshop, TurnIdentity.Participant(activity), TurnIdentity.ConversationIdOf, TurnIdentity.DeliveryKey(activity), cancellationToken);
        if (!result.Allowed)
        {
            return "Only the workshop's facilitator can move every group on.";
        }

        var failures = result.Groups
            .Where(g => g.Result.Outcome == GroupCommandOutcome.Rejected)
            .Select(g => $"{g.Group.GroupName}: {g.Result.RejectionReason}")
            .ToList();
        var moved = result.Groups.Count - failures.Count;
        var summary = $"Moved {moved} {(moved == 1 ? "group" : "groups")} on.";
        return failures.Count == 0 ? summary : summary + " " + string.Join(" ", failures);
    }

    /// <summary>
    /// Loads a facilitator's own scenario script into this channel's (or chat's) workshop. Errors come back on
    /// the card, naming line and field; nothing is stored unless the whole script is valid.
    /// </summary>
    public async Task<AdaptiveCard> LoadScenarioAsync(Activity activity, string? json, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ScenarioScriptCard.Render();
        }

        var result = await loadScenario.LoadAsync(TurnIdentity.Place(activity), TurnIdentity.Participant(activity), json, cancellationToken);
        return result.Outcome switch
        {
            ScenarioLoadOutcome.NotFacilitator => ScenarioScriptCard.Render(json: json, problem: "Only the workshop's facilitator can load scenarios here."),
            ScenarioLoadOutcome.Invalid => ScenarioScriptCard.Render(result.Errors, json),
            ScenarioLoadOutcome.TooLong => ScenarioScriptCard.Render(
                json: json,
                problem: $"The script is {json.Length:N0} characters; scripts can be at most {result.MaxLength:N0}. Shorten prompts or split the scenario."),
            _ => GuideCards.Scenarios(
                await scenarios.ListAsync(TurnIdentity.WorkshopId(activity), cancellationToken),
                $"Loaded '{result.Script!.Title}' (version {result.Script.Version}). Start it in any thread of this channel."),
        };
    }
}
