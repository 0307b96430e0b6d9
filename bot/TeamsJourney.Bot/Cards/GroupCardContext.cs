namespace TeamsJourney.Bot.Cards;

/// <summary>Who the group card is for and what to tell them beside the step itself.</summary>
/// <param name="WorkshopId">The workshop, echoed in every action's data.</param>
/// <param name="GroupId">The group, echoed in every action's data.</param>
/// <param name="ScenarioTitle">The scenario's title for the header.</param>
/// <param name="GroupName">The group's name for the header.</param>
/// <param name="ViewerIsFacilitator">Shows the facilitator's buttons.</param>
/// <param name="Notice">A line shown above the step (e.g. why an answer was refused).</param>
/// <param name="NoticeIsWarning">True when the notice reports a problem.</param>
/// <param name="PersonalViewFor">The Teams user id whose own view this is (their dots), for a user-specific refresh.</param>
/// <param name="RefreshFor">
/// The Teams user ids whose clients fetch their own view of this card (Teams' <c>refresh.userIds</c>, at most 60); the
/// group's shared card lists its recent members, so each sees their dots, draft and (facilitators) their controls.
/// </param>
/// <param name="Draft">Text the viewer typed on a card the group had moved past, offered back in the answer box.</param>
internal sealed record GroupCardContext(
    string WorkshopId,
    string GroupId,
    string ScenarioTitle,
    string GroupName,
    bool ViewerIsFacilitator,
    string? Notice = null,
    bool NoticeIsWarning = false,
    string? PersonalViewFor = null,
    IReadOnlyList<string>? RefreshFor = null,
    string? Draft = null);
