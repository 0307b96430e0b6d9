using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Groups;

/// <summary>The members a group's card refreshes for: remembered in the store, read at most every few seconds.</summary>
public sealed class GroupMembersTests : IDisposable
{
    private const string Conversation = "19:c@thread.tacv2;messageid=1";
    private readonly SqliteWorkshopFolder _folder = new();
    private readonly FakeTimeProvider _time = new(SqliteWorkshopFolder.Now);

    [Fact]
    public async Task Someone_new_is_listed_first_at_once_even_while_the_list_is_kept()
    {
        var conversations = new GroupConversations(new WorkshopRepository(_folder.Store), _time);
        var group = Group();
        await conversations.RememberMemberAsync(group, "29:ann");
        Assert.Equal(["29:ann"], await conversations.MembersAsync(group));

        _time.Advance(TimeSpan.FromSeconds(1));
        await conversations.RememberMemberAsync(group, "29:bob");

        Assert.Equal(["29:bob", "29:ann"], await conversations.MembersAsync(group));
    }

    [Fact]
    public async Task Members_another_instance_remembered_show_once_the_kept_list_is_read_again()
    {
        var conversations = new GroupConversations(new WorkshopRepository(_folder.Store), _time);
        var group = Group();
        await conversations.RememberMemberAsync(group, "29:ann");
        Assert.Equal(["29:ann"], await conversations.MembersAsync(group));

        // Another instance sharing the store sees Bob.
        _time.Advance(TimeSpan.FromSeconds(1));
        await new GroupConversations(new WorkshopRepository(_folder.Store), _time).RememberMemberAsync(group, "29:bob");
        Assert.Equal(["29:ann"], await conversations.MembersAsync(group));

        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(["29:bob", "29:ann"], await conversations.MembersAsync(group));
    }

    public void Dispose() => _folder.Dispose();

    private static ConversationGroup Group()
    {
        var workshop = Workshop.Create("ws-1", "Bins day", new TeamsLocation("tenant-1", "team-1", "19:c@thread.tacv2"));
        return new ConversationGroup(workshop, "g1", new GroupConversation(Conversation, "https://smba.trafficmanager.net/teams/", null, "tenant-1"));
    }
}
