using System.Net;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Web;

/// <summary>/tab/ serves the built front end, or explains how to build it.</summary>
public sealed class StaticFilesTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();
    private readonly DirectoryInfo _dist = Directory.CreateTempSubdirectory("teamsjourney-dist-");
    private LocalEntra _entra = null!;

    public async Task InitializeAsync() => _entra = await LocalEntra.StartAsync();

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    public void Dispose()
    {
        _store.Dispose();
        _dist.Delete(recursive: true);
    }

    private TabHost HostServing(string webRoot) =>
        new(_entra, new Dictionary<string, string?>(_store.Settings) { ["Tabs:WebRoot"] = webRoot });

    [Fact]
    public async Task Without_a_build_the_tab_answers_503_saying_how_to_build_it()
    {
        await using var host = HostServing(Path.Combine(_dist.FullName, "missing"));

        var response = await host.CreateClient().GetAsync("/tab/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("run npm run build in tabs/web", (string?)(await TabClient.BodyAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_index_and_config_pages_are_served()
    {
        await File.WriteAllTextAsync(Path.Combine(_dist.FullName, "index.html"), "<title>map</title>");
        await File.WriteAllTextAsync(Path.Combine(_dist.FullName, "config.html"), "<title>config</title>");
        await using var host = HostServing(_dist.FullName);
        var client = host.CreateClient();

        var index = await client.GetAsync("/tab/?view=stage");
        var config = await client.GetAsync("/tab/config.html");

        Assert.Equal(("text/html", "<title>map</title>"), (index.Content.Headers.ContentType?.MediaType, await index.Content.ReadAsStringAsync()));
        Assert.Equal("<title>config</title>", await config.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_path_that_climbs_out_of_the_build_folder_is_not_served()
    {
        await File.WriteAllTextAsync(Path.Combine(_dist.FullName, "index.html"), "ok");
        await using var host = HostServing(_dist.FullName);

        var response = await host.CreateClient().GetAsync("/tab/..%2F..%2Fetc%2Fpasswd");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
