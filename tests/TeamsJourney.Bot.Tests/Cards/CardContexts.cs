using TeamsJourney.Bot.Cards;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>The people a group card is rendered for, and what is said to them beside the step.</summary>
internal static class CardContexts
{
    public const string WorkshopId = "ws-0042";
    public const string GroupId = "grp-blue";

    public static GroupCardContext Facilitator(string? notice = null, string? personalViewFor = null) =>
        new(WorkshopId, GroupId, "Report a missed bin collection", "Team Blue", ViewerIsFacilitator: true, notice, NoticeIsWarning: notice is not null, personalViewFor);

    public static GroupCardContext Participant(string? notice = null, string? personalViewFor = null) =>
        Facilitator(notice, personalViewFor) with { ViewerIsFacilitator = false };

    /// <summary>Facilitator and participant, with and without a notice, with and without a personal view.</summary>
    public static IEnumerable<(string Name, GroupCardContext Context)> EveryViewer()
    {
        foreach (var facilitator in new[] { true, false })
        {
            foreach (var notice in new[] { null, "That answer was refused: the text is empty; please type something." })
            {
                foreach (var personal in new[] { null, ScenarioWalk.ViewerId })
                {
                    var context = Facilitator(notice, personal) with { ViewerIsFacilitator = facilitator };
                    yield return ($"{(facilitator ? "facilitator" : "participant")}{(notice is null ? string.Empty : ", notice")}{(personal is null ? string.Empty : ", personal view")}", context);
                }
            }
        }
    }
}
