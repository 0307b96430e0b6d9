using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>Facilitators load their own scenario scripts (the workshop-wide actions are in <see cref="WorkshopFacilitationHandler"/>).</summary>
internal sealed class FacilitatorHandler(ChannelWorkshops channels, LoadScenario loadScenario, WorkshopScenarios scenarios)
{
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

        // Into the workshop this conversation means (a set-up workshop has an id of its own), created on first use.
        var place = TurnIdentity.Place(activity) with { WorkshopId = await channels.MeantByAsync(activity, cancellationToken) };
        var result = await loadScenario.LoadAsync(place, TurnIdentity.Participant(activity), json, cancellationToken);
        return result.Outcome switch
        {
            ScenarioLoadOutcome.NotFacilitator => ScenarioScriptCard.Render(json: json, problem: "Only the workshop's facilitator can load scenarios here."),
            ScenarioLoadOutcome.Invalid => ScenarioScriptCard.Render(result.Errors, json),
            ScenarioLoadOutcome.TooLong => ScenarioScriptCard.Render(
                json: json,
                problem: $"The script is {json.Length:N0} characters; scripts can be at most {result.MaxLength:N0}. Shorten prompts or split the scenario."),
            _ => GuideCards.Scenarios(
                await scenarios.ListAsync(place.WorkshopId, cancellationToken),
                $"Loaded '{result.Script!.Title}' (version {result.Script.Version}). Start it in any thread of this channel."),
        };
    }
}
