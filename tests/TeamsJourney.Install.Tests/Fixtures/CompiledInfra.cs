using System.Text.Json.Nodes;

namespace TeamsJourney.Install.Tests.Fixtures;

/// <summary>infra/main.bicep built once by the Bicep CLI (each run of the CLI costs seconds): its outcome and the ARM JSON.</summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("teamsjourney-infra-");

    public static string Folder => Path.Combine(RepositoryPaths.Root, "infra");

    public ProcessRunner.Outcome BuildOutcome { get; private set; } = new(-1, string.Empty, string.Empty);

    internal CompiledTemplate Template { get; private set; } = new([]);

    public async Task InitializeAsync()
    {
        BuildOutcome = await BicepCli.RunAsync("build", Path.Combine(Folder, "main.bicep"), "--outdir", _output.FullName);
        var compiled = Path.Combine(_output.FullName, "main.json");
        if (File.Exists(compiled))
        {
            Template = new CompiledTemplate(JsonNode.Parse(await File.ReadAllTextAsync(compiled))!.AsObject());
        }
    }

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Exit code 0 and not one printed line: lint exits 0 on warnings, so the output is what counts.</summary>
    public static void AssertNoDiagnostics(ProcessRunner.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == 0, $"bicep exited with {outcome.ExitCode}:\n{outcome.Output}");
        Assert.True(string.IsNullOrWhiteSpace(outcome.Output), $"bicep printed diagnostics:\n{outcome.Output}");
    }
}

/// <summary>The ARM JSON Bicep compiles to: modules are nested deployments whose templates are inline.</summary>
internal sealed record CompiledTemplate(JsonObject Root)
{
    /// <summary>Resources of a type anywhere in the template, modules included.</summary>
    public IEnumerable<JsonNode> Resources(string type) => Templates(Root)
        .SelectMany(t => TopLevel(t))
        .Where(r => (string?)r["type"] == type);

    /// <summary>The inline template of the module deployed under <paramref name="name"/>.</summary>
    public CompiledTemplate Module(string name) => new(TopLevel(Root)
        .Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name)["properties"]!["template"]!.AsObject());

    /// <summary>A parameter's declaration in every template that declares it.</summary>
    public IEnumerable<JsonObject> Descendants(string parameter) => Templates(Root)
        .Select(t => t["parameters"]?[parameter])
        .OfType<JsonObject>();

    private static IEnumerable<JsonObject> TopLevel(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    private static IEnumerable<JsonObject> Templates(JsonObject template)
    {
        yield return template;
        foreach (var nested in TopLevel(template).Where(r => (string?)r["type"] == "Microsoft.Resources/deployments"))
        {
            if (nested["properties"]?["template"] is JsonObject inner)
            {
                foreach (var found in Templates(inner))
                {
                    yield return found;
                }
            }
        }
    }
}
