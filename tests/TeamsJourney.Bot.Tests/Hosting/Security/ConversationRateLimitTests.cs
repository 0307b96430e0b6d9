using System.Net;

namespace TeamsJourney.Bot.Tests.Hosting.Security;

/// <summary>/api/messages is limited per conversation, after the channel token is checked.</summary>
public sealed class ConversationRateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-bot-limits-").FullName;
    private LocalChannelService _channel = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await LocalChannelService.StartAsync();
        _host = new BotHost(_channel, new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(_folder, "workshops.db"),
            ["Bot:RateLimit:BurstPerConversation"] = "2",
            ["Bot:RateLimit:PermitsPerSecondPerConversation"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Activities_over_the_per_conversation_rate_are_429_with_Retry_After_and_other_conversations_go_on()
    {
        var busy = Thread();
        var quiet = Thread();

        // At once: a burst of 2 is allowed, the third within the same second is not.
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.PostActivityAsync(busy.MessageMentioningBot("status"))));
        using var other = await _host.PostActivityAsync(quiet.MessageMentioningBot("status"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode).Order());
        var refused = answers.Single(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Array.ForEach(answers, a => a.Dispose());
    }

    private TeamsActivities Thread() =>
        new(_channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");
}
