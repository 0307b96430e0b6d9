using TeamsJourney.Bot.Conversations;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.Bot.Tests.Conversations;

public sealed class TurnIdentityTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void A_blank_sender_id_never_becomes_the_viewers_teams_id(string blank)
    {
        // Found by the fuzz benchmark: a whitespace from.id reached the member memory and threw there.
        var activity = new Activity { From = new ChannelAccount { Id = blank, AadObjectId = blank } };

        var viewer = TurnIdentity.Viewer(activity);

        Assert.Equal("unknown-user", viewer.UserId);
        Assert.Equal("unknown-user", viewer.TeamsUserId);
    }

    [Fact]
    public void The_viewer_is_known_by_entra_id_and_addressed_by_teams_id()
    {
        var activity = new Activity { From = new ChannelAccount { Id = "29:abc", AadObjectId = "aad-1" } };

        Assert.Equal(new CardViewer("aad-1", "29:abc"), TurnIdentity.Viewer(activity));
    }
}
