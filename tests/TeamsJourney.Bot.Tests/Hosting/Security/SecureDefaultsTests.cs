using System.Net;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Testing.Processes;

namespace TeamsJourney.Bot.Tests.Hosting.Security;

/// <summary>
/// Secure by default, checked on the built host as a real process: outside Development it will not start without the
/// bot's and the tab's sign-in, and says which settings are missing; anonymous local mode is a Development-only opt-in.
/// </summary>
public sealed class SecureDefaultsTests
{
    /// <summary>Fake but complete sign-in settings: enough to start; no request here reaches Microsoft.</summary>
    internal static readonly IReadOnlyDictionary<string, string> SignInSettings = new Dictionary<string, string>
    {
        ["Bot__AppId"] = "5f0c8a3e-1111-4c2b-9d7e-3a1b2c3d4e5f",
        ["Bot__TenantId"] = "8d3f0b7a-2222-4e1c-8b6a-1a2b3c4d5e6f",
        ["Bot__AppSecret"] = "not-a-real-secret",
        ["TabAuth__ClientId"] = "0a9d6c2e-3333-4d5e-8f70-123456789abc",
        ["TabAuth__ClientSecret"] = "not-a-real-secret",
    };

    [Fact]
    public async Task Production_host_without_auth_settings_exits_naming_them()
    {
        var outcome = await RunToExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("TeamsJourney cannot start in environment 'Production'", outcome.Output, StringComparison.Ordinal);
        foreach (var setting in new[] { "Bot:AppId", "Bot:TenantId", "Bot:AppSecret or Bot:ManagedIdentityClientId", "TabAuth:ClientId", "TabAuth:ClientSecret" })
        {
            Assert.Contains("  - " + setting, outcome.Output, StringComparison.Ordinal);
        }

        // A message, not a stack trace.
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_host_with_only_the_bot_configured_names_the_tab_settings_it_lacks()
    {
        var outcome = await RunToExitAsync(new Dictionary<string, string>(SignInSettings.Where(s => s.Key.StartsWith("Bot__", StringComparison.Ordinal)))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("  - TabAuth:ClientId", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  - Bot:", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_local_mode_outside_Development_refuses_to_start()
    {
        var outcome = await RunToExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Host__AllowAnonymousLocalMode"] = "true",
        });

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Host:AllowAnonymousLocalMode is only allowed when ASPNETCORE_ENVIRONMENT is Development", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_without_the_opt_in_and_without_sign_in_refuses_to_start_too()
    {
        var outcome = await RunToExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Host__AllowAnonymousLocalMode"] = "false",
        });

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("  - Bot:AppId", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_host_with_settings_answers_401_to_a_tab_request_and_a_document_url_without_credentials()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string>(SignInSettings) { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var tab = await http.GetAsync("api/tab/me");
        using var garbage = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/tab/me") { Headers = { { "Authorization", "Bearer not.a.token" } } });
        using var document = await http.GetAsync("documents/0123456789abcdef0123456789abcdef/Bins%20-%20report.docx");
        using var forged = await http.GetAsync("documents/0123456789abcdef0123456789abcdef/Bins%20-%20report.docx?user=x&expires=9999999999&signature=forged");

        Assert.Equal(HttpStatusCode.Unauthorized, tab.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, document.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.DoesNotContain("ANONYMOUS LOCAL MODE", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_with_the_opt_in_starts_and_warns_loudly_that_it_is_anonymous()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Host__AllowAnonymousLocalMode"] = "true",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var me = await http.GetAsync("api/tab/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("warn: TeamsJourney.Security", host.Output, StringComparison.Ordinal);
        Assert.Contains("ANONYMOUS LOCAL MODE (Host:AllowAnonymousLocalMode): /api/messages accepts UNSIGNED requests", host.Output, StringComparison.Ordinal);
        Assert.Contains("ANONYMOUS LOCAL MODE (Host:AllowAnonymousLocalMode): the tab signs EVERY caller in as the local developer", host.Output, StringComparison.Ordinal);
    }

    private static async Task<ProcessRunner.Outcome> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = HostProcess.StartInfo(environment, out var data, out _);
        try
        {
            return await ProcessRunner.RunAsync(start, HostProcess.BotFolder, TimeSpan.FromSeconds(60));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
