using static TeamsJourney.Storage.Tests.Builders.ConversationBuilder;

namespace TeamsJourney.Storage.Tests;

/// <summary>The people seen in a conversation: whom a group card's personal refresh is for.</summary>
public abstract partial class WorkshopStoreContract
{
    private static readonly DateTimeOffset Seen = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(AwkwardConversationIds))]
    public async Task Members_are_listed_most_recently_seen_first(string conversationId)
    {
        await Store.RememberConversationMemberAsync(conversationId, "29:ann", Seen);
        await Store.RememberConversationMemberAsync(conversationId, "29:bob", Seen.AddSeconds(1));
        await Store.RememberConversationMemberAsync(conversationId, "29:cat/+=?#", Seen.AddSeconds(2));
        await Store.RememberConversationMemberAsync(conversationId, "29:ann", Seen.AddSeconds(3));

        Assert.Equal(["29:ann", "29:cat/+=?#", "29:bob"], await Store.ListConversationMembersAsync(conversationId, 60));
    }

    [Fact]
    public async Task Members_list_keeps_only_the_most_recent_up_to_the_limit()
    {
        for (var i = 0; i < 65; i++)
        {
            await Store.RememberConversationMemberAsync("19:big@thread.tacv2", $"29:person-{i:D2}", Seen.AddSeconds(i));
        }

        var members = await Store.ListConversationMembersAsync("19:big@thread.tacv2", 60);

        Assert.Equal(60, members.Count);
        Assert.Equal("29:person-64", members[0]);
        Assert.DoesNotContain("29:person-04", members);
    }

    [Fact]
    public async Task A_late_older_sighting_does_not_move_a_member_down()
    {
        await Store.RememberConversationMemberAsync("19:abc@thread.tacv2", "29:ann", Seen.AddSeconds(10));
        await Store.RememberConversationMemberAsync("19:abc@thread.tacv2", "29:bob", Seen.AddSeconds(5));
        await Store.RememberConversationMemberAsync("19:abc@thread.tacv2", "29:ann", Seen);

        Assert.Equal(["29:ann", "29:bob"], await Store.ListConversationMembersAsync("19:abc@thread.tacv2", 60));
    }

    [Fact]
    public async Task Members_live_beside_the_binding_and_saving_the_binding_keeps_them()
    {
        await Store.SaveConversationAsync(AConversation("19:abc@thread.tacv2").InStream("ws-1", "group-1").WithCard("card-1").Build());
        await Store.RememberConversationMemberAsync("19:abc@thread.tacv2", "29:ann", Seen);
        var moved = AConversation("19:abc@thread.tacv2").InStream("ws-1", "group-1").WithCard("card-2").Build();

        await Store.SaveConversationAsync(moved);

        Assert.Equal(moved, await Store.FindConversationAsync("19:abc@thread.tacv2"));
        Assert.Equal(["29:ann"], await Store.ListConversationMembersAsync("19:abc@thread.tacv2", 60));
        Assert.Empty(await Store.ListConversationMembersAsync("19:other@thread.tacv2", 60));
    }
}
