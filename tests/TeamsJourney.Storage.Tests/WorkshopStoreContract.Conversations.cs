using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.ConversationBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    /// <summary>Conversation ids as Teams and other clients send them, plus characters table keys refuse.</summary>
    public static TheoryData<string> AwkwardConversationIds => new()
    {
        "19:abc@thread.tacv2;messageid=1700000000000",
        "a:1Xy/+=?#",
        "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc",
        "19:meeting_MjdhNjM4YzUtYzExZi00OTFkLTkzZTAtNTVlNmZmMDhkNGU2@thread.v2",
        "back\\slash and spaces\ttab",
        "שיחה-محادثة-🗑️",
    };

    [Theory]
    [MemberData(nameof(AwkwardConversationIds))]
    public async Task SaveConversation_then_FindConversation_returns_the_binding(string conversationId)
    {
        var binding = AConversation(conversationId).InStream("ws-1", "group-2").WithCard("1700000000123").Build();

        await Store.SaveConversationAsync(binding);

        Assert.Equal(binding, await Store.FindConversationAsync(conversationId));
    }

    [Fact]
    public async Task SaveConversation_again_replaces_the_binding_including_cleared_fields()
    {
        await Store.SaveConversationAsync(AConversation("19:abc@thread.tacv2").InStream("ws-1", "group-1").WithCard("card-1").Build());
        var moved = AConversation("19:abc@thread.tacv2").InStream("ws-2", "group-3").WithCard(null).InTenant(null).Build();

        await Store.SaveConversationAsync(moved);

        Assert.Equal(moved, await Store.FindConversationAsync("19:abc@thread.tacv2"));
    }

    [Fact]
    public async Task FindConversation_of_an_unknown_id_returns_null()
    {
        await Store.SaveConversationAsync(AConversation("19:known@thread.tacv2").Build());

        Assert.Null(await Store.FindConversationAsync("19:unknown@thread.tacv2"));
    }

    [Fact]
    public async Task Conversation_ids_differing_only_in_case_are_different_conversations()
    {
        await Store.SaveConversationAsync(AConversation("a:Abc").InStream("ws-1", "upper").Build());
        await Store.SaveConversationAsync(AConversation("a:abc").InStream("ws-1", "lower").Build());

        Assert.Equal("upper", (await Store.FindConversationAsync("a:Abc"))?.StreamId);
    }

    [Fact]
    public async Task SaveConversation_without_service_url_throws_ArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveConversationAsync(AConversation("19:abc@thread.tacv2").WithServiceUrl(" ").Build()));
    }

    [Fact]
    public async Task SaveConversation_with_an_oversized_conversation_id_throws_a_limit_error()
    {
        await Assert.ThrowsAsync<StorageLimitException>(
            () => Store.SaveConversationAsync(AConversation(new string('c', StorageLimits.MaxIdLength + 1)).Build()));
    }
}
