using System.Net;
using System.Text;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// The host with production authentication: only a token the channel signed, for this bot, about
/// this activity's service URL gets in. Everything else is 401 before anything is read or stored.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-auth-").FullName;
    private LocalChannelService _channel = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await LocalChannelService.StartAsync();
        _host = new BotHost(_channel, new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_folder, "auth.db") });
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
    public async Task A_valid_channel_token_is_accepted()
    {
        var teams = new TeamsActivities(_channel.ServiceUrl, TeamsActivities.ChannelId + ";messageid=1");
        var response = await _host.PostActivityAsync(teams.MessageMentioningBot("help"), "Bearer " + _channel.IssueToken(BotHost.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _channel.WaitForCallAsync(c => c.CardText.Contains("How to use TeamsJourney", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TokenFlaw.Expired)]
    [InlineData(TokenFlaw.NotYetValid)]
    [InlineData(TokenFlaw.WrongAudience)]
    [InlineData(TokenFlaw.WrongIssuer)]
    [InlineData(TokenFlaw.UnknownKey)]
    [InlineData(TokenFlaw.BadSignature)]
    [InlineData(TokenFlaw.AlgNone)]
    [InlineData(TokenFlaw.ServiceUrlMismatch)]
    public async Task A_flawed_token_is_rejected_with_401_and_nothing_happens(TokenFlaw flaw)
    {
        var teams = new TeamsActivities(_channel.ServiceUrl, TeamsActivities.ChannelId + ";messageid=2");
        var response = await _host.PostActivityAsync(teams.MessageMentioningBot("start missed-bin-collection"), "Bearer " + _channel.IssueToken(BotHost.AppId, flaw));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(teams);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task A_missing_or_malformed_authorization_header_is_rejected_with_401(string? header)
    {
        var teams = new TeamsActivities(_channel.ServiceUrl, TeamsActivities.ChannelId + ";messageid=3");
        var response = await _host.PostActivityAsync(teams.MessageMentioningBot("start missed-bin-collection"), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(teams);
    }

    [Theory]
    [InlineData("{ not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    public async Task A_body_that_is_not_an_activity_gets_problem_details(string body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _channel.IssueToken(BotHost.AppId));

        var response = await _host.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task AssertNothingHappenedAsync(TeamsActivities teams)
    {
        Assert.Empty(_channel.Calls);
        Assert.Null(await _host.Repository.Store.FindConversationAsync(teams.ConversationId));
    }
}
