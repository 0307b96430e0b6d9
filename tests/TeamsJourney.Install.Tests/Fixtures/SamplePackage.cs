using System.IO.Compression;
using System.Text.Json.Nodes;

namespace TeamsJourney.Install.Tests.Fixtures;

/// <summary>
/// The app package packed once from an env file of sample values (as provisioning would write them), with the
/// pack command's own output, the zip's entries and the zip unpacked into a folder.
/// </summary>
public sealed class SamplePackage : IAsyncLifetime
{
    public const string TabDomain = "app-tj-dev-sample.azurewebsites.net";
    public const string TeamsAppId = "0d933bf3-44b3-4ea7-8645-696e2be35fec";
    public const string BotId = "7c0b5a52-9f0e-4d4b-8a57-3e1f2b6c9d10";
    public const string SsoClientId = "b5e2d1c4-6a7f-4e8b-9c0d-1e2f3a4b5c6d";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-apppackage-");

    public string EnvFolder => Path.Combine(_folder.FullName, "env");

    public string ZipPath => Path.Combine(_folder.FullName, "out", "appPackage.sample.zip");

    public string Unpacked => Path.Combine(_folder.FullName, "unpacked");

    /// <summary>What `node scripts/pack.mjs --env sample` printed.</summary>
    public string PackOutput { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    public JsonObject Manifest { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await AddinManifestFolder.EnsureInstalledAsync();
        Directory.CreateDirectory(EnvFolder);
        await File.WriteAllTextAsync(Path.Combine(EnvFolder, ".env.sample"), $"""
            # Sample values, as provisioning writes them.
            TEAMSFX_ENV=sample
            APP_NAME_SUFFIX=" (sample)"
            TEAMS_APP_ID={TeamsAppId}
            TAB_DOMAIN={TabDomain}
            TAB_ENDPOINT=https://{TabDomain}
            BOT_ID={BotId}
            AAD_APP_CLIENT_ID={SsoClientId}
            DEVELOPER_NAME=Contoso Council
            DEVELOPER_WEBSITE_URL=https://www.contoso.example/teamsjourney
            DEVELOPER_PRIVACY_URL=https://www.contoso.example/privacy
            DEVELOPER_TERMS_URL=https://www.contoso.example/terms
            """);

        var outcome = await Pack(EnvFolder, "sample", ZipPath);
        PackOutput = outcome.Output;
        Assert.True(outcome.ExitCode == 0, $"pack.mjs exited with {outcome.ExitCode}:\n{outcome.Output}");

        using (var zip = ZipFile.OpenRead(ZipPath))
        {
            Entries = zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        }

        ZipFile.ExtractToDirectory(ZipPath, Unpacked);
        Manifest = JsonNode.Parse(Entries["manifest.json"])!.AsObject();
    }

    /// <summary>Runs the pack command on an env folder, as a developer would.</summary>
    public static Task<ProcessRunner.Outcome> Pack(string envFolder, string env, string zipPath) =>
        AddinManifestFolder.RunScriptAsync("pack.mjs", "--env", env, "--env-folder", envFolder, "--out", zipPath);

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
