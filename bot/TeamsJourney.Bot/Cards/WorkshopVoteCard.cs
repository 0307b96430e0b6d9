using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Bot.Cards;

/// <summary>
/// The workshop-wide dot vote in chat: every group's ideas pooled (duplicates merged by the facilitator), most dots
/// first, each with "Add my dot" / "Take my dot back". The posted card shows the totals; the person who presses sees
/// their own dots in the answer, and anyone can press "Show my dots" for theirs.
/// </summary>
internal static class WorkshopVoteCard
{
    /// <summary>More initiatives than this are left to the tab, so the card stays small.</summary>
    public const int MaxShown = 15;

    public static AdaptiveCard Render(PlenaryView view, string? viewerId)
    {
        var pool = view.Initiatives;
        var shown = pool.Initiatives.Take(MaxShown).ToList();
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = "Vote across the workshop", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock
                {
                    Text = viewerId is null
                        ? $"Every group's ideas in one list. Each person has {pool.DotsPerPerson} dots; press \"Show my dots\" to see yours."
                        : $"You have {pool.DotsLeftFor(viewerId)} of {pool.DotsPerPerson} dots left.",
                    Wrap = true,
                },
                .. shown.Count == 0
                    ? [new TextBlock { Text = "No group has proposed an initiative yet.", Wrap = true, IsSubtle = true }]
                    : shown.Select(i => (CardElement)Row(view.WorkshopId, i, viewerId)),
                .. pool.Initiatives.Count > shown.Count
                    ? [new TextBlock { Text = $"{pool.Initiatives.Count - shown.Count} more in the tab's second half.", Wrap = true, IsSubtle = true }]
                    : Array.Empty<CardElement>(),
            ],
            Actions = [new ExecuteAction { Title = "Show my dots", Verb = CardVerbs.WorkshopVotes, Data = Data(view.WorkshopId, null) }],
            FallbackText = $"Vote across the workshop: {pool.Initiatives.Count} initiatives. Open the card in Teams to place your dots.",
        };
    }

    private static ColumnSet Row(string workshopId, PooledInitiative initiative, string? viewerId)
    {
        var first = initiative.MemberRefs.First();
        var mine = viewerId is not null && initiative.VoterIds.Contains(viewerId);
        var groups = string.Join(", ", initiative.Members.Select(m => m.GroupName).Distinct(StringComparer.Ordinal));
        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column
                {
                    Width = ColumnWidth.Stretch,
                    Items =
                    [
                        new TextBlock { Text = $"{CardText.Quote(initiative.Title, 160)} — {initiative.Votes} {(initiative.Votes == 1 ? "dot" : "dots")}", Wrap = true },
                        new TextBlock { Text = $"From {CardText.Quote(groups, 160)}", Wrap = true, IsSubtle = true, Spacing = Spacing.None },
                    ],
                },
                new Column
                {
                    Width = ColumnWidth.Auto,
                    Items =
                    [
                        new ActionSet
                        {
                            Actions =
                            [
                                mine
                                    ? new ExecuteAction { Title = "Take my dot back", Verb = CardVerbs.WorkshopUndot, Data = Data(workshopId, first) }
                                    : new ExecuteAction { Title = "Add my dot", Verb = CardVerbs.WorkshopDot, Data = Data(workshopId, first), Style = ActionStyle.Positive },
                            ],
                        },
                    ],
                },
            ],
        };
    }

    private static JsonObject Data(string workshopId, InitiativeRef? initiative)
    {
        var data = new JsonObject { [CardFields.WorkshopId] = workshopId };
        if (initiative is { } target)
        {
            data[CardFields.GroupId] = target.GroupId;
            data[CardFields.InitiativeId] = target.InitiativeId;
        }

        return data;
    }
}
