using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Cards;

/// <summary>
/// The answer to "start" in a thread whose group is already under way: which scenario this thread is running, where
/// the group is, and what the person can do instead. Nothing was changed, and it says so.
/// </summary>
internal static class AlreadyRunningCard
{
    public static AdaptiveCard Render(string workshopId, string groupId, GroupSession session, string requestedScenarioId)
    {
        var prompt = session.PromptFor(string.Empty);
        var same = string.Equals(requestedScenarioId, session.Script.Id, StringComparison.OrdinalIgnoreCase);
        var where = session.IsFinished
            ? "The group has finished; the map can still be tidied up in the tab."
            : $"The group is at step {prompt.Progress.StepNumber} of {prompt.Progress.TotalSteps} ({CardText.Quote(prompt.Title, 160)}), at {session.Depth.DepthName} depth.";
        var options = new List<Fact>
        {
            new("Carry on", "select Show our card, or type 'status'"),
        };
        if (!same)
        {
            options.Add(new("Another scenario", $"start a new thread in this channel and type 'start {CardText.Quote(requestedScenarioId, 64)}' there: each thread is one group"));
        }

        options.Add(new("Facilitators", "can change this group's depth with 'depth mvp|full for " + CardText.Quote(session.GroupName ?? "{group name}", 80) + "'"));
        return new AdaptiveCard
        {
            Body =
            [
                new Container
                {
                    Style = ContainerStyle.Emphasis,
                    Items =
                    [
                        new TextBlock { Text = "This thread already has a group", Weight = TextWeight.Bolder, Wrap = true },
                        new TextBlock
                        {
                            Text = $"{CardText.Quote(session.GroupName ?? "This group", 80)} is working on '{CardText.Quote(session.Script.Title, 200)}' here. {where} Nothing was changed.",
                            Wrap = true,
                        },
                    ],
                },
                new FactSet { Facts = options },
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Show our card",
                    Verb = CardVerbs.Refresh,
                    Data = new JsonObject { [CardFields.WorkshopId] = workshopId, [CardFields.GroupId] = groupId, [CardFields.StepId] = prompt.StepId },
                    AssociatedInputs = AssociatedInputs.None,
                },
            ],
            FallbackText = $"This thread is already working on '{session.Script.Title}'. Type 'status' to carry on.",
        };
    }
}
