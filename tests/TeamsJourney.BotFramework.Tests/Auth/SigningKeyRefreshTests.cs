using Microsoft.Extensions.Time.Testing;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Tests.Support;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Auth;

/// <summary>Key caching, rotation and refresh limits.</summary>
public sealed class SigningKeyRefreshTests : TokenValidationTestBase
{
    [Fact]
    public async Task Keys_are_cached_between_requests()
    {
        await Validator.ValidateAsync(Issuer.AChannelToken().AsHeader(), AMessage());
        await Validator.ValidateAsync(Issuer.AChannelToken().AsHeader(), AMessage());

        Assert.Equal(1, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unknown_key_id_refreshes_metadata_once_and_accepts_the_rotated_key()
    {
        Assert.True((await Validator.ValidateAsync(Issuer.AChannelToken().AsHeader(), AMessage())).Succeeded);
        using var rotated = new SigningKey("rotated-key", "msteams");
        Issuer.PublishChannelKeys(rotated);

        var result = await Validator.ValidateAsync(Issuer.AChannelToken().SignedWith(rotated).AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unknown_key_ids_refresh_metadata_at_most_once_per_minimum_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var validator = Issuer.CreateValidator(options => options.MetadataMinimumRefreshInterval = TimeSpan.FromMinutes(5), clock);
        using var stranger = new SigningKey("stranger-key", "msteams");
        var strangerToken = Issuer.AChannelToken().SignedWith(stranger).AsHeader();

        await validator.ValidateAsync(strangerToken, AMessage());
        await validator.ValidateAsync(strangerToken, AMessage());
        var fetchesWithinInterval = Issuer.ChannelMetadataFetches;
        clock.Advance(TimeSpan.FromMinutes(6));
        await validator.ValidateAsync(strangerToken, AMessage());

        Assert.Equal(2, fetchesWithinInterval);
        Assert.Equal(3, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Unreachable_metadata_rejects_the_token_with_a_clear_reason()
    {
        var validator = Issuer.CreateValidator(options =>
            options.ChannelOpenIdMetadataUrl = new Uri(Issuer.BaseAddress, "missing/.well-known/openidconfiguration"));

        var result = await validator.ValidateAsync(Issuer.AChannelToken().AsHeader(), AMessage());

        Assert.False(result.Succeeded);
        Assert.Contains("signing keys could not be fetched", result.FailureReason, StringComparison.Ordinal);
    }
}
