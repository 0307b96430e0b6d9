using Microsoft.Extensions.Time.Testing;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Tests.Support;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Auth;

public sealed class ChannelTokenValidatorTests : IAsyncLifetime
{
    private LocalTokenIssuer _issuer = null!;
    private ChannelTokenValidator _validator = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _validator = _issuer.CreateValidator();
    }

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await _validator.ValidateAsync(_issuer.AChannelToken().AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(LocalTokenIssuer.ChannelIssuer, result.ClaimsIdentity!.FindFirst("iss")!.Value);
    }

    [Fact]
    public async Task Service_url_differing_only_by_trailing_slash_is_accepted()
    {
        var result = await _validator.ValidateAsync(
            _issuer.AChannelToken().AsHeader(), AMessage(serviceUrl: LocalTokenIssuer.ServiceUrl.TrimEnd('/')));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().ExpiredAgo(TimeSpan.FromMinutes(10)).Build();

        await AssertRejectedAsync(header, "expired");
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var header = "Bearer " + _issuer.AChannelToken().ExpiredAgo(TimeSpan.FromMinutes(3)).Build();

        var result = await _validator.ValidateAsync(header, AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_not_yet_valid_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().ValidFromIn(TimeSpan.FromMinutes(10)).Build();

        await AssertRejectedAsync(header, "not valid yet");
    }

    [Fact]
    public async Task Token_for_another_app_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().WithAudience("someone-elses-bot").Build();

        await AssertRejectedAsync(header, "audience");
    }

    [Fact]
    public async Task Token_from_an_unknown_issuer_is_rejected_without_fetching_metadata()
    {
        var header = "Bearer " + _issuer.AChannelToken().WithIssuer("https://issuer.example.org").Build();

        await AssertRejectedAsync(header, "not trusted");
        Assert.Equal(0, _issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Token_signed_with_an_unpublished_key_is_rejected()
    {
        using var stranger = new SigningKey("stranger-key", "msteams");
        var header = "Bearer " + _issuer.AChannelToken().SignedWith(stranger).Build();

        await AssertRejectedAsync(header, "key");
    }

    [Fact]
    public async Task Token_with_a_forged_signature_is_rejected()
    {
        using var impostor = new SigningKey(_issuer.TeamsKey.KeyId, "msteams");
        var header = "Bearer " + _issuer.AChannelToken().SignedWith(impostor).Build();

        await AssertRejectedAsync(header, "signature");
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().BuildUnsigned();

        await AssertRejectedAsync(header, "");
    }

    [Fact]
    public async Task Token_issued_for_another_service_url_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().WithServiceUrl("https://smba.example.net/attacker/").Build();

        await AssertRejectedAsync(header, "serviceurl");
    }

    [Fact]
    public async Task Channel_token_without_service_url_claim_is_rejected()
    {
        var header = "Bearer " + _issuer.AChannelToken().WithServiceUrl(null).Build();

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
        var header = "Bearer " + _issuer.AChannelToken().SignedWith(_issuer.WebChatOnlyKey).Build();

        await AssertRejectedAsync(header, "not endorsed for channel 'msteams'");
    }

    [Fact]
    public async Task Key_endorsed_for_the_activity_channel_is_accepted_for_that_channel()
    {
        var header = "Bearer " + _issuer.AChannelToken().SignedWith(_issuer.WebChatOnlyKey).Build();

        var result = await _validator.ValidateAsync(header, AMessage().WithChannel("webchat"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Key_without_endorsements_is_accepted()
    {
        var header = "Bearer " + _issuer.AChannelToken().SignedWith(_issuer.UnendorsedKey).Build();

        var result = await _validator.ValidateAsync(header, AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_from_the_bots_tenant_is_accepted()
    {
        var result = await _validator.ValidateAsync(_issuer.AnEntraToken().AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, _issuer.EntraMetadataFetches);
        Assert.Equal(0, _issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Entra_v1_token_from_a_bot_service_tenant_is_accepted()
    {
        var tenant = BotAuthenticationOptions.BotServiceTenantIds[0];
        var header = "Bearer " + _issuer.AnEntraToken(tenant).WithIssuer($"https://sts.windows.net/{tenant}/").Build();

        var result = await _validator.ValidateAsync(header, AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_from_another_tenant_is_rejected()
    {
        var header = _issuer.AnEntraToken("99999999-0000-4000-8000-000000000000").AsHeader();

        await AssertRejectedAsync(header, "not trusted");
        Assert.Equal(0, _issuer.EntraMetadataFetches);
    }

    [Fact]
    public async Task Entra_token_from_a_bot_service_tenant_is_rejected_when_those_tenants_are_not_trusted()
    {
        var validator = _issuer.CreateValidator(options => options.TrustBotServiceTenants = false);
        var header = _issuer.AnEntraToken(BotAuthenticationOptions.BotServiceTenantIds[1]).AsHeader();

        var result = await validator.ValidateAsync(header, AMessage());

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task No_app_id_means_anonymous_local_development()
    {
        var validator = _issuer.CreateValidator(options => options.AppId = null);

        var result = await validator.ValidateAsync(null, AMessage());

        Assert.Same(ChannelAuthResult.Anonymous, result);
        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Keys_are_cached_between_requests()
    {
        await _validator.ValidateAsync(_issuer.AChannelToken().AsHeader(), AMessage());
        await _validator.ValidateAsync(_issuer.AChannelToken().AsHeader(), AMessage());

        Assert.Equal(1, _issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unknown_key_id_refreshes_metadata_once_and_accepts_the_rotated_key()
    {
        Assert.True((await _validator.ValidateAsync(_issuer.AChannelToken().AsHeader(), AMessage())).Succeeded);
        using var rotated = new SigningKey("rotated-key", "msteams");
        _issuer.PublishChannelKeys(rotated);

        var result = await _validator.ValidateAsync(_issuer.AChannelToken().SignedWith(rotated).AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unknown_key_ids_refresh_metadata_at_most_once_per_minimum_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var validator = _issuer.CreateValidator(options => options.MetadataMinimumRefreshInterval = TimeSpan.FromMinutes(5), clock);
        using var stranger = new SigningKey("stranger-key", "msteams");
        var strangerToken = _issuer.AChannelToken().SignedWith(stranger).AsHeader();

        await validator.ValidateAsync(strangerToken, AMessage());
        await validator.ValidateAsync(strangerToken, AMessage());
        var fetchesWithinInterval = _issuer.ChannelMetadataFetches;
        clock.Advance(TimeSpan.FromMinutes(6));
        await validator.ValidateAsync(strangerToken, AMessage());

        Assert.Equal(2, fetchesWithinInterval);
        Assert.Equal(3, _issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unreachable_metadata_rejects_the_token_with_a_clear_reason()
    {
        var validator = _issuer.CreateValidator(options =>
            options.ChannelOpenIdMetadataUrl = new Uri(_issuer.BaseAddress, "missing/.well-known/openidconfiguration"));

        var result = await validator.ValidateAsync(_issuer.AChannelToken().AsHeader(), AMessage());

        Assert.False(result.Succeeded);
        Assert.Contains("signing keys could not be fetched", result.FailureReason, StringComparison.Ordinal);
    }

    private async Task AssertRejectedAsync(string? header, string reasonFragment)
    {
        var result = await _validator.ValidateAsync(header, AMessage());

        Assert.False(result.Succeeded);
        Assert.Null(result.ClaimsIdentity);
        Assert.Contains(reasonFragment, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }
}
