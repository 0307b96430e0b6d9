using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Tests.Support;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Auth;

/// <summary>Bot Framework channel tokens: the rejection matrix and what is accepted.</summary>
public sealed class ChannelTokenValidatorTests : TokenValidationTestBase
{
    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await Validator.ValidateAsync(Issuer.AChannelToken().AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(LocalTokenIssuer.ChannelIssuer, result.ClaimsIdentity!.FindFirst("iss")!.Value);
    }

    [Fact]
    public async Task Service_url_differing_only_by_trailing_slash_is_accepted()
    {
        var result = await Validator.ValidateAsync(
            Issuer.AChannelToken().AsHeader(), AMessage(serviceUrl: LocalTokenIssuer.ServiceUrl.TrimEnd('/')));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().ExpiredAgo(TimeSpan.FromMinutes(10)).Build();

        await AssertRejectedAsync(header, "expired");
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var header = "Bearer " + Issuer.AChannelToken().ExpiredAgo(TimeSpan.FromMinutes(3)).Build();

        var result = await Validator.ValidateAsync(header, AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_not_yet_valid_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().ValidFromIn(TimeSpan.FromMinutes(10)).Build();

        await AssertRejectedAsync(header, "not valid yet");
    }

    [Fact]
    public async Task Token_for_another_app_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().WithAudience("someone-elses-bot").Build();

        await AssertRejectedAsync(header, "audience");
    }

    [Fact]
    public async Task Token_from_an_unknownIssuer_is_rejected_without_fetching_metadata()
    {
        var header = "Bearer " + Issuer.AChannelToken().WithIssuer("https://issuer.example.org").Build();

        await AssertRejectedAsync(header, "not trusted");
        Assert.Equal(0, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Token_signed_with_an_unpublished_key_is_rejected()
    {
        using var stranger = new SigningKey("stranger-key", "msteams");
        var header = "Bearer " + Issuer.AChannelToken().SignedWith(stranger).Build();

        await AssertRejectedAsync(header, "key");
    }

    [Fact]
    public async Task Token_with_a_forged_signature_is_rejected()
    {
        using var impostor = new SigningKey(Issuer.TeamsKey.KeyId, "msteams");
        var header = "Bearer " + Issuer.AChannelToken().SignedWith(impostor).Build();

        await AssertRejectedAsync(header, "signature");
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().BuildUnsigned();

        await AssertRejectedAsync(header, "'none'; only RS256 is accepted");
        Assert.Equal(0, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Token_issued_for_another_service_url_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().WithServiceUrl("https://smba.example.net/attacker/").Build();

        await AssertRejectedAsync(header, "serviceurl");
    }

    [Fact]
    public async Task Channel_token_without_service_url_claim_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().WithServiceUrl(null).Build();

        await AssertRejectedAsync(header, "serviceurl");
    }

    [Fact]
    public async Task Missing_authorization_header_is_rejected()
    {
        await AssertRejectedAsync(null, "no Authorization header");
    }

    [Fact]
    public async Task Non_bearer_authorization_header_is_rejected()
    {
        await AssertRejectedAsync("Basic dXNlcjpwYXNz", "not a Bearer token");
    }

    [Fact]
    public async Task Garbage_bearer_token_is_rejected()
    {
        await AssertRejectedAsync("Bearer not.a.jwt", "well-formed");
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_rejected()
    {
        var header = "Bearer " + Issuer.AChannelToken().SignedWith(Issuer.WebChatOnlyKey).Build();

        await AssertRejectedAsync(header, "not endorsed for channel 'msteams'");
    }

    [Fact]
    public async Task Key_endorsed_for_the_activity_channel_is_accepted_for_that_channel()
    {
        var header = "Bearer " + Issuer.AChannelToken().SignedWith(Issuer.WebChatOnlyKey).Build();

        var result = await Validator.ValidateAsync(header, AMessage().WithChannel("webchat"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Key_without_endorsements_is_rejected_for_the_channel()
    {
        var header = "Bearer " + Issuer.AChannelToken().SignedWith(Issuer.UnendorsedKey).Build();

        await AssertRejectedAsync(header, "no endorsements");
    }
}
