using System.Net;
using TeamsJourney.BotFramework.Tests.Support;

namespace TeamsJourney.BotFramework.Tests.Hosting;

/// <summary>The endpoint with an app id configured, against a local token issuer.</summary>
public sealed class BotEndpointAuthenticationTests : IAsyncLifetime
{
    private LocalTokenIssuer _issuer = null!;
    private RecordingActivityHandler _handler = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _handler = new RecordingActivityHandler();
        _host = await BotTestHost.StartAsync(_handler, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = LocalTokenIssuer.BotAppId,
            ["Bot:TenantId"] = LocalTokenIssuer.BotTenantId,
            ["Bot:AppSecret"] = "unused-in-these-tests",
            ["Bot:ChannelOpenIdMetadataUrl"] = new Uri(_issuer.BaseAddress, "channel/.well-known/openidconfiguration").AbsoluteUri,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = _issuer.BaseAddress + "{tenantId}/v2.0/.well-known/openid-configuration",
            ["Bot:RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Valid_channel_token_reaches_the_handler_with_its_identity()
    {
        using var response = await _host.PostAsync(AMessage(), _issuer.AChannelToken().AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_handler.Turns);
        Assert.NotNull(turn.Identity);
        Assert.False(turn.Authentication.IsAnonymous);
    }

    [Fact]
    public async Task Missing_token_is_401_with_a_bearer_challenge()
    {
        using var response = await _host.PostAsync(AMessage());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Missing_token_is_401_even_for_an_unreadable_body()
    {
        using var response = await _host.PostAsync("{ not json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bad_token_is_401_and_never_reaches_the_handler()
    {
        using var response = await _host.PostAsync(AMessage(), "Bearer not.a.jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Token_for_another_service_url_is_401()
    {
        var token = _issuer.AChannelToken().WithServiceUrl("https://elsewhere.example/").AsHeader();

        using var response = await _host.PostAsync(AMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Activity_from_another_tenant_is_200_and_never_reaches_the_handler()
    {
        using var response = await _host.PostAsync(AMessage(tenant: "another-tenant", channelDataTenant: "another-tenant"), _issuer.AChannelToken().AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Activity_whose_tenant_fields_disagree_is_200_and_never_reaches_the_handler()
    {
        using var response = await _host.PostAsync(AMessage(channelDataTenant: "another-tenant"), _issuer.AChannelToken().AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Activity_naming_no_tenant_is_200_and_never_reaches_the_handler()
    {
        using var response = await _host.PostAsync(AMessage(tenant: null), _issuer.AChannelToken().AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Invoke_from_another_tenant_gets_no_invoke_response()
    {
        var invoke = AMessage(tenant: "another-tenant").Replace("\"type\": \"message\"", "\"type\": \"invoke\", \"name\": \"adaptiveCard/action\"", StringComparison.Ordinal);

        using var response = await _host.PostAsync(invoke, _issuer.AChannelToken().AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_handler.Turns);
    }

    private static string AMessage(string? tenant = LocalTokenIssuer.BotTenantId, string? channelDataTenant = null)
    {
        var conversationTenant = tenant is null ? string.Empty : $", \"tenantId\": \"{tenant}\"";
        var channelData = channelDataTenant is null ? string.Empty : $", \"channelData\": {{ \"tenant\": {{ \"id\": \"{channelDataTenant}\" }} }}";
        return $$"""
            { "type": "message", "id": "1", "text": "hello", "channelId": "msteams",
              "serviceUrl": "{{LocalTokenIssuer.ServiceUrl}}", "conversation": { "id": "a:1"{{conversationTenant}} }{{channelData}} }
            """;
    }
}
