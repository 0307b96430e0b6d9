using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Schema;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Schema;

public sealed class ActivityRepliesTests
{
    [Fact]
    public void Reply_swaps_the_parties_and_keeps_the_conversation()
    {
        var inbound = AMessage();

        var reply = inbound.CreateReply("thanks");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("thanks", reply.Text);
        Assert.Equal(BotId, reply.From!.Id);
        Assert.Equal(UserId, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(inbound.Id, reply.ReplyToId);
    }

    [Fact]
    public void Card_message_carries_one_adaptive_card_attachment()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var message = Activity.CreateCardMessage(card);

        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
    }
}
