using System.Text;
using TeamsJourney.BotFramework.Schema;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Schema;

public sealed class ActivityTeamsTests
{
    [Theory]
    [InlineData("personal", ConversationScope.Personal)]
    [InlineData("groupChat", ConversationScope.GroupChat)]
    [InlineData("channel", ConversationScope.Channel)]
    [InlineData("somethingElse", ConversationScope.Unknown)]
    public void Conversation_scope_follows_the_conversation_type(string conversationType, ConversationScope expected)
    {
        var activity = AMessage();
        activity.Conversation!.ConversationType = conversationType;

        Assert.Equal(expected, activity.GetConversationScope());
    }

    [Fact]
    public void Channel_thread_root_id_is_read_from_the_conversation_id()
    {
        var activity = AMessage();
        activity.Conversation!.Id = "19:abc123@thread.tacv2;messageid=1700000000000";

        Assert.Equal("1700000000000", activity.GetChannelThreadRootId());
    }

    [Fact]
    public void Conversation_without_thread_marker_has_no_thread_root()
    {
        var activity = AMessage();
        activity.Conversation!.Id = "19:abc123@thread.v2";

        Assert.Null(activity.GetChannelThreadRootId());
    }

    [Fact]
    public void Teams_channel_data_is_read_into_typed_members()
    {
        var activity = Parse("""
            { "type": "conversationUpdate",
              "channelData": { "tenant": { "id": "t-1" }, "team": { "id": "19:team@thread.tacv2", "name": "Waste services" },
                               "channel": { "id": "19:chan@thread.tacv2", "name": "Workshops" },
                               "meeting": { "id": "MCMx" }, "eventType": "channelCreated", "settings": { "x": 1 } } }
            """);

        var data = activity.GetTeamsChannelData();

        Assert.NotNull(data);
        Assert.Equal("t-1", data.Tenant!.Id);
        Assert.Equal("Waste services", data.Team!.Name);
        Assert.Equal("19:chan@thread.tacv2", data.Channel!.Id);
        Assert.Equal("MCMx", data.Meeting!.Id);
        Assert.Equal("channelCreated", data.EventType);
        Assert.True(data.ExtensionData!.ContainsKey("settings"));
    }

    [Fact]
    public void Channel_data_of_the_wrong_shape_reads_as_absent()
    {
        var activity = Parse("""{ "type": "message", "channelData": { "tenant": "not-an-object" } }""");

        Assert.Null(activity.GetTeamsChannelData());
    }

    [Fact]
    public void Installation_update_remove_is_readable()
    {
        var activity = Parse("""{ "type": "installationUpdate", "action": "remove" }""");

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(InstallationActions.Remove, activity.Action);
    }

    [Fact]
    public void Members_added_are_readable()
    {
        var activity = Parse("""{ "type": "conversationUpdate", "membersAdded": [ { "id": "28:bot" }, { "id": "29:ada" } ] }""");

        Assert.Equal(["28:bot", "29:ada"], activity.MembersAdded!.Select(m => m.Id));
    }

    private static Activity Parse(string json) => ActivityParser.TryParse(Encoding.UTF8.GetBytes(json)).Activity!;
}
