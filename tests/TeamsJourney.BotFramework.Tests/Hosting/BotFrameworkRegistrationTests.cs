using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Connector;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Tests.Support;

namespace TeamsJourney.BotFramework.Tests.Hosting;

public sealed class BotFrameworkRegistrationTests
{
    [Fact]
    public async Task App_id_without_tenant_or_secret_fails_at_start_with_every_reason()
    {
        var app = Build(new Dictionary<string, string?> { ["Bot:AppId"] = "app" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Bot:TenantId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Bot:AppSecret", StringComparison.Ordinal));
        await app.DisposeAsync();
    }

    [Fact]
    public async Task No_app_id_registers_the_anonymous_token_provider()
    {
        await using var app = Build([]);

        Assert.IsType<AnonymousBotTokenProvider>(app.Services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public async Task App_id_with_secret_registers_the_msal_token_provider()
    {
        await using var app = Build(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "app", ["Bot:TenantId"] = "tenant", ["Bot:AppSecret"] = "secret",
        });

        Assert.IsType<MsalBotTokenProvider>(app.Services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public async Task Options_are_bound_from_the_bot_section()
    {
        await using var app = Build(new Dictionary<string, string?> { ["Bot:ClockSkew"] = "00:02:00", ["Bot:Connector:MaxRetryAttempts"] = "5" });

        Assert.Equal(TimeSpan.FromMinutes(2), app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.ClockSkew);
        Assert.Equal(5, app.Services.GetRequiredService<IOptions<BotConnectorOptions>>().Value.MaxRetryAttempts);
    }

    [Fact]
    public void Mapping_the_endpoint_without_a_handler_is_refused()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddBotFramework();
        var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapBotEndpoint());

        Assert.Contains("IActivityHandler", error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        builder.Services.AddSingleton<IActivityHandler>(new RecordingActivityHandler());
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        return app;
    }
}
