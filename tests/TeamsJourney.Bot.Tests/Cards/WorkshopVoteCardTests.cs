using System.Text;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Testing.Cards;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Bot.Tests.Cards;

public sealed class WorkshopVoteCardTests
{
    private static PlenaryView AWorkshopWith(int ideas, int titleLength)
    {
        var map = JourneyMap.Create([("s1", "Report it")]);
        for (var i = 0; i < ideas; i++)
        {
            map = map.ProposeInitiative($"i{i}", $"Idea {i} " + new string('x', titleLength), null, [], "u", "Priya");
        }

        var groups = new[] { new GroupMap("g1", "Table 1", map) };
        var pool = InitiativePool.Build(groups, [new CastDot(new InitiativeRef("g1", "i0"), "ann")]);
        return new PlenaryView("ws-1", WorkshopConsolidation.Build(groups), pool, [], 1, ["priya"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ann")]
    public void The_vote_card_is_valid_against_the_official_schema(string? viewer)
    {
        var card = RenderedCard.Of(WorkshopVoteCard.Render(AWorkshopWith(3, 10), viewer));

        Assert.Empty(AdaptiveCardSchema.Validate(card.Json));
    }

    [Fact]
    public void Fifty_long_ideas_stay_a_small_card_with_the_rest_left_to_the_tab()
    {
        var json = RenderedCard.Of(WorkshopVoteCard.Render(AWorkshopWith(50, 2_000), "ann")).Json;

        Assert.True(Encoding.UTF8.GetByteCount(json) < 28_000, $"The card is {Encoding.UTF8.GetByteCount(json)} bytes.");
        Assert.Contains("35 more in the tab", json, StringComparison.Ordinal);
        Assert.Contains("You have 2 of 3 dots left", json, StringComparison.Ordinal);
    }
}
