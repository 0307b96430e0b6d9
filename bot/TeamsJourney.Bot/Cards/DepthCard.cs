using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Bot.Conversations;

namespace TeamsJourney.Bot.Cards;

/// <summary>The facilitator's view of how deep the workshop's groups go, and how to change it.</summary>
internal static class DepthCard
{
    public static AdaptiveCard Render(DepthSettings settings, string? outcome = null, bool warning = false)
    {
        var body = new List<CardElement>();
        if (outcome is { Length: > 0 })
        {
            body.Add(new Container { Style = warning ? ContainerStyle.Warning : ContainerStyle.Good, Items = [new TextBlock { Text = CardText.Quote(outcome, 1_500), Wrap = true }] });
        }

        body.Add(new TextBlock { Text = "Workshop depth", Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true });
        var facts = new List<Fact>
        {
            new("Depth", settings.Depth == ScenarioDepth.Mvp
                ? "MVP: one persona card, one card per stage, one blueprint card per stage, ideas and dots (at most 20 cards)"
                : "Full: every lane of every stage on its own card"),
            new("Blueprint lanes", settings.BlueprintLanes is { } lanes
                ? string.Join(", ", lanes.Select(LaneCatalog.Label))
                : $"each scenario's own (usually {string.Join(", ", MvpScript.DefaultBlueprintLanes.Select(LaneCatalog.Label))})"),
        };
        facts.AddRange(settings.GroupDepths.Take(Workshop.MaxGroups).Select(g => new Fact(CardText.Quote(g.Key, 80), $"{DepthChoice.NameOf(g.Value)} (its own)")));
        body.Add(new FactSet { Facts = facts });
        body.Add(new TextBlock { Text = "Facilitators can change it; running groups switch at the stage they are on and keep what they captured.", Wrap = true, IsSubtle = true });
        body.Add(new FactSet
        {
            Facts =
            [
                new(DepthArguments.DepthUsage, "the depth of every group, or of one group by name"),
                new(DepthArguments.LanesUsage, "the blueprint lanes every group is asked for ('lanes all' for every one)"),
            ],
        });
        return new AdaptiveCard { Body = body, FallbackText = $"Depth: {DepthChoice.NameOf(settings.Depth)}." };
    }
}
