using System.Text.Json.Nodes;
using TeamsJourney.Install.Tests.Fixtures;

namespace TeamsJourney.Install.Tests.Infra;

/// <summary>
/// infra/ through the Bicep CLI, offline: it builds and lints with no diagnostic at all (lint exits 0 on warnings,
/// so any printed line fails), the parameter files build against the template, and the compiled template holds
/// the production shape: Linux .NET 10 with two or more instances, keyless Tables, a managed-identity bot on Teams.
/// </summary>
public sealed class BicepTests(CompiledInfra infra) : IClassFixture<CompiledInfra>, IDisposable
{
    private static readonly string Infra = CompiledInfra.Folder;
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("teamsjourney-bicep-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public void Main_bicep_builds_with_no_diagnostics()
    {
        CompiledInfra.AssertNoDiagnostics(infra.BuildOutcome);
    }

    [Fact]
    public async Task Main_bicep_with_its_modules_lints_with_no_diagnostics()
    {
        // Linting main.bicep lints every module it uses (a module's warning is reported against the module's file).
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(Infra, "modules"), "*.bicep"));

        CompiledInfra.AssertNoDiagnostics(await BicepCli.RunAsync("lint", Path.Combine(Infra, "main.bicep")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task The_parameter_file_builds_and_lints_with_no_diagnostics_and_runs_at_least_two_instances(string environment)
    {
        var parameters = Path.Combine(Infra, $"main.{environment}.bicepparam");
        var compiled = Path.Combine(_output.FullName, $"main.{environment}.parameters.json");

        CompiledInfra.AssertNoDiagnostics(await BicepCli.RunAsync("build-params", parameters, "--outfile", compiled));
        CompiledInfra.AssertNoDiagnostics(await BicepCli.RunAsync("lint", parameters));

        var values = JsonNode.Parse(await File.ReadAllTextAsync(compiled))!["parameters"]!;
        Assert.Equal(environment, (string?)values["environmentName"]!["value"]);
        Assert.True((int)values["instanceCount"]!["value"]! >= 2);
    }

    [Fact]
    public void The_host_runs_on_Linux_dotnet_10_with_websockets_and_health_checks()
    {
        var template = infra.Template;

        var site = Single(template, "Microsoft.Web/sites");
        var plan = Single(template, "Microsoft.Web/serverfarms");
        Assert.Equal("DOTNETCORE|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["siteConfig"]!["webSocketsEnabled"]!);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("/healthz", (string?)site["properties"]!["siteConfig"]!["healthCheckPath"]);
        Assert.True((bool)plan["properties"]!["reserved"]!, "reserved = a Linux plan");
        Assert.Equal(2, (int)template.Descendants("instanceCount").Select(p => p["minValue"]).OfType<JsonNode>().First());
    }

    [Fact]
    public void Tables_are_reached_by_managed_identity_and_role_never_by_account_key()
    {
        var template = infra.Template;

        var account = Single(template, "Microsoft.Storage/storageAccounts");
        Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
        var storageModule = template.Module("storage");
        Assert.Contains(
            storageModule.Resources("Microsoft.Authorization/roleAssignments"),
            r => ((string?)r["properties"]!["roleDefinitionId"])!.Contains("tableDataContributorRoleId", StringComparison.Ordinal));
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", (string?)storageModule.Root["variables"]!["tableDataContributorRoleId"]); // Storage Table Data Contributor
        Assert.DoesNotContain("listKeys(resourceId('Microsoft.Storage", template.Root.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_is_a_user_assigned_managed_identity_with_the_Teams_channel()
    {
        var template = infra.Template;

        var bot = Single(template, "Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        var channel = Single(template, "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
    }

    [Fact]
    public void Redis_Key_Vault_and_Application_Insights_are_provisioned()
    {
        var template = infra.Template;

        Assert.False((bool)Single(template, "Microsoft.Cache/redis")["properties"]!["enableNonSslPort"]!);
        Assert.True((bool)Single(template, "Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!);
        Single(template, "Microsoft.Insights/components");
    }

    [Fact]
    public void The_app_settings_configure_the_host_for_Azure_from_the_module_outputs()
    {
        var template = infra.Template;

        // The settings object is one union(createObject(name, value, ...)) expression of the module outputs.
        var settings = (string)template.Root["resources"]!.AsArray().Single(r => (string?)r!["name"] == "appSettings")!
            ["properties"]!["parameters"]!["settings"]!["value"]!;
        Assert.Contains("'Storage__Provider', 'AzureTables'", settings, StringComparison.Ordinal);
        Assert.Contains(
            "'Storage__TablesEndpoint', reference(resourceId('Microsoft.Resources/deployments', 'storage')",
            settings,
            StringComparison.Ordinal);
        foreach (var name in new[]
                 {
                     "Storage__ManagedIdentityClientId", "Tabs__Redis", "Bot__AppId", "Bot__TenantId", "Bot__ManagedIdentityClientId",
                     "Host__PublicUrl", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Tabs__WebRoot", "TabAuth__ClientId", "TabAuth__Audiences__0",
                 })
        {
            Assert.Contains($"'{name}'", settings, StringComparison.Ordinal);
        }
    }

    private static JsonNode Single(CompiledTemplate template, string type)
    {
        var found = template.Resources(type).ToList();
        Assert.True(found.Count == 1, $"expected one {type}, found {found.Count}");
        return found[0];
    }
}
