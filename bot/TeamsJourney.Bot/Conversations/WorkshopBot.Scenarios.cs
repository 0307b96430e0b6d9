using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Storage;

namespace TeamsJourney.Bot.Conversations;

internal sealed partial class WorkshopBot
{
    /// <summary>
    /// Loads a facilitator's own scenario script into this channel's (or chat's) workshop. Errors come
    /// back on the card, naming line and field; nothing is stored unless the whole script is valid.
    /// </summary>
    private async Task<AdaptiveCard> LoadScenarioAsync(Activity activity, string? json, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ScenarioScriptCard.Render();
        }

        var workshopId = TurnIdentity.WorkshopId(activity);
        var userId = TurnIdentity.UserId(activity);
        var existing = await repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (existing is not null && !existing.Workshop.IsFacilitator(userId))
        {
            return ScenarioScriptCard.Render(json: json, problem: "Only the workshop's facilitator can load scenarios here.");
        }

        var checkedScript = ScenarioLoader.Load(json);
        if (!checkedScript.Succeeded)
        {
            return ScenarioScriptCard.Render(checkedScript.Errors, json);
        }

        if (json.Length > StorageLimits.MaxEventDataLength)
        {
            return ScenarioScriptCard.Render(json: json, problem: $"The script is {json.Length:N0} characters; scripts can be at most {StorageLimits.MaxEventDataLength:N0}. Shorten prompts or split the scenario.");
        }

        if (existing is null)
        {
            await EnsureWorkshopAsync(activity, workshopId, checkedScript.Script!, cancellationToken);
        }

        var loaded = await repository.AddScenarioAsync(workshopId, json, time.GetUtcNow(), cancellationToken);
        if (!loaded.Succeeded)
        {
            return ScenarioScriptCard.Render(loaded.Errors, json);
        }

        return GuideCards.Scenarios(await ScenariosAsync(activity, cancellationToken), $"Loaded '{loaded.Script!.Title}' (version {loaded.Script.Version}). Start it in any thread of this channel.");
    }
}
