using TeamsJourney.Install.Tests.Fixtures;

namespace TeamsJourney.Install.Tests.AppPackage;

/// <summary>The pack command on sample values: what it checks, what it refuses, what the zip holds.</summary>
public sealed class PackTests(SamplePackage package) : IClassFixture<SamplePackage>
{
    [Fact]
    public void The_zip_holds_the_manifest_and_both_icons_and_nothing_else()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Packing_validates_the_filled_manifest_against_the_official_Teams_schema_and_office_addin_manifest()
    {
        Assert.Contains("schema: valid against the official Teams manifest schema v1.30", package.PackOutput, StringComparison.Ordinal);
        Assert.Contains("office-addin-manifest validate: exit 0, no errors or warnings", package.PackOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unpacked_package_passes_the_schema_the_package_rules_and_office_addin_manifest_again()
    {
        var outcome = await AddinManifestFolder.RunScriptAsync("validate.mjs", Path.Combine(package.Unpacked, "manifest.json"));

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Contains("schema: valid against the official Teams manifest schema v1.30 (@microsoft/app-manifest, offline)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("rules: valid domains, SSO resource and icon sizes are as Teams requires", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_addin_manifest_validate_run_as_a_developer_would_accepts_the_filled_manifest()
    {
        var manifest = Path.Combine(package.Unpacked, "manifest.json");

        var validate = await AddinManifestFolder.RunAsync("npx", ["--no", "office-addin-manifest", "validate", manifest]);
        var info = await AddinManifestFolder.RunAsync("npx", ["--no", "office-addin-manifest", "info", manifest]);

        Assert.True(validate.ExitCode == 0, validate.Output);
        Assert.DoesNotContain("not valid", validate.Output, StringComparison.OrdinalIgnoreCase);
        Assert.True(info.ExitCode == 0, info.Output);
        Assert.Contains("Hosts: document, presentation", info.Output, StringComparison.Ordinal);
        Assert.Contains($"AppDomains: {SamplePackage.TabDomain}", info.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_that_breaks_the_schema_is_reported_by_office_addin_manifest()
    {
        var broken = Path.Combine(Path.GetDirectoryName(package.ZipPath)!, "broken.json");
        var manifest = package.Manifest.DeepClone().AsObject();
        manifest["extensions"]![0]!["requirements"]!["scopes"]!.AsArray().Add("spreadsheet");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString());

        var validate = await AddinManifestFolder.RunAsync("npx", ["--no", "office-addin-manifest", "validate", broken]);

        Assert.NotEqual(0, validate.ExitCode);
    }

    [Fact]
    public async Task Packing_refuses_placeholders_left_empty_and_names_them()
    {
        var envFolder = Directory.CreateTempSubdirectory("teamsjourney-emptyenv-");
        try
        {
            var sample = await File.ReadAllLinesAsync(Path.Combine(package.EnvFolder, ".env.sample"));
            await File.WriteAllLinesAsync(
                Path.Combine(envFolder.FullName, ".env.half"),
                sample.Select(line => line.StartsWith("BOT_ID=", StringComparison.Ordinal) || line.StartsWith("TAB_DOMAIN=", StringComparison.Ordinal)
                    ? line[..(line.IndexOf('=', StringComparison.Ordinal) + 1)]
                    : line));
            var zip = Path.Combine(envFolder.FullName, "out", "appPackage.half.zip");

            var outcome = await SamplePackage.Pack(envFolder.FullName, "half", zip);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("needs values for BOT_ID, TAB_DOMAIN", outcome.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            envFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Secrets_and_local_values_in_the_user_file_fill_what_the_committed_file_leaves_empty()
    {
        var envFolder = Directory.CreateTempSubdirectory("teamsjourney-userenv-");
        try
        {
            var sample = await File.ReadAllLinesAsync(Path.Combine(package.EnvFolder, ".env.sample"));
            await File.WriteAllLinesAsync(
                Path.Combine(envFolder.FullName, ".env.split"),
                sample.Select(line => line.StartsWith("BOT_ID=", StringComparison.Ordinal) ? "BOT_ID=" : line));
            await File.WriteAllTextAsync(Path.Combine(envFolder.FullName, ".env.split.user"), $"BOT_ID={SamplePackage.BotId}\n");
            var zip = Path.Combine(envFolder.FullName, "out", "appPackage.split.zip");

            var outcome = await SamplePackage.Pack(envFolder.FullName, "split", zip);

            Assert.True(outcome.ExitCode == 0, outcome.Output);
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(package.ZipPath)!, "manifest.sample.json")),
                await File.ReadAllTextAsync(Path.Combine(envFolder.FullName, "out", "manifest.split.json")));
        }
        finally
        {
            envFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Packing_the_same_values_twice_gives_the_same_bytes()
    {
        var again = Path.Combine(Path.GetDirectoryName(package.ZipPath)!, "again", "appPackage.sample.zip");

        var outcome = await SamplePackage.Pack(package.EnvFolder, "sample", again);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Equal(await File.ReadAllBytesAsync(package.ZipPath), await File.ReadAllBytesAsync(again));
    }
}
