using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Tests.Support;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Auth;

/// <summary>Entra-issued tokens from trusted tenants, and anonymous local development.</summary>
public sealed class EntraTokenValidationTests : TokenValidationTestBase
{
    [Fact]
    public async Task Entra_token_from_the_bots_tenant_is_accepted()
    {
        var result = await Validator.ValidateAsync(Issuer.AnEntraToken().AsHeader(), AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, Issuer.EntraMetadataFetches);
        Assert.Equal(0, Issuer.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Entra_v1_token_from_a_bot_service_tenant_is_accepted()
    {
        var tenant = BotAuthenticationOptions.BotServiceTenantIds[0];
        var header = "Bearer " + Issuer.AnEntraToken(tenant).WithIssuer($"https://sts.windows.net/{tenant}/").Build();

        var result = await Validator.ValidateAsync(header, AMessage());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Entra_token_from_another_tenant_is_rejected()
    {
        var header = Issuer.AnEntraToken("99999999-0000-4000-8000-000000000000").AsHeader();

        await AssertRejectedAsync(header, "not trusted");
        Assert.Equal(0, Issuer.EntraMetadataFetches);
    }

    [Fact]
    public async Task Entra_token_from_a_bot_service_tenant_is_rejected_when_those_tenants_are_not_trusted()
    {
        var validator = Issuer.CreateValidator(options => options.TrustBotServiceTenants = false);
        var header = Issuer.AnEntraToken(BotAuthenticationOptions.BotServiceTenantIds[1]).AsHeader();

        var result = await validator.ValidateAsync(header, AMessage());

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task No_app_id_means_anonymous_local_development()
    {
        var validator = Issuer.CreateValidator(options => options.AppId = null);

        var result = await validator.ValidateAsync(null, AMessage());

        Assert.Same(ChannelAuthResult.Anonymous, result);
        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }
}
