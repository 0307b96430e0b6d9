using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// The host with production authentication: only a token the channel signed, for this bot, about
/// this activity's service URL gets in. Everything else is 401 before anything is read or stored.
/// </summary>
public sealed class ChannelAuthenticationTests : BotOnSqliteTest
{
    [Fact]
    public async Task A_validChannel_token_is_accepted()
    {
        var teams = AThread();
        var response = await Host.PostActivityAsync(teams.MessageMentioningBot("help"), "Bearer " + Channel.IssueToken(BotHost.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Channel.WaitForCallAsync(c => c.CardText.Contains("How to use TeamsJourney", StringComparison.Ordinal));
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
    [InlineData(TokenFlaw.UnendorsedKey)]
    public async Task A_flawed_token_is_rejected_with_401_and_nothing_happens(TokenFlaw flaw)
    {
        var teams = AThread();
        var response = await Host.PostActivityAsync(teams.MessageMentioningBot("start missed-bin-collection"), "Bearer " + Channel.IssueToken(BotHost.AppId, flaw));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(teams);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task A_missing_or_malformed_authorization_header_is_rejected_with_401(string? header)
    {
        var teams = AThread();
        var response = await Host.PostActivityAsync(teams.MessageMentioningBot("start missed-bin-collection"), header);

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
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Channel.IssueToken(BotHost.AppId));

        var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task AssertNothingHappenedAsync(TeamsActivities teams)
    {
        Assert.Empty(Channel.Calls);
        Assert.Null(await Host.Services.GetRequiredService<GroupConversations>().FindAsync(teams.ConversationId));
    }
}
