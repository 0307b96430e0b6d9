namespace TeamsJourney.Tabs.Web.Tests.Addin;

/// <summary>
/// The add-in's insert logic (tabs/web/src/addin/office-insert.ts) against Microsoft's office-addin-mock:
/// `npm test` in tabs/web (esbuild + node --test), run here so `dotnet test` covers it. Each test named below
/// must be reported as passed.
/// </summary>
public sealed class OfficeInsertTests
{
    private static readonly Lazy<Task<ProcessRunner.Outcome>> s_run = new(() =>
        ProcessRunner.RunAsync("npm", "test --silent -- --tap", RepositoryPaths.TabsWeb, TimeSpan.FromMinutes(3)));

    [Theory]
    [InlineData("inserts the deck after the last slide and tags every new slide with the workshop")]
    [InlineData("refresh replaces the workshop slides where they are and never duplicates them")]
    [InlineData("refresh leaves another workshop's slides alone")]
    [InlineData("inserts the report after the selection inside one tagged content control")]
    [InlineData("refresh replaces the report inside its control and never duplicates it")]
    [InlineData("refresh removes stray copies of the same report")]
    public async Task The_office_insert_test_passes(string name)
    {
        var outcome = await s_run.Value;

        Assert.Matches($@"(?m)^\s*ok \d+ - {System.Text.RegularExpressions.Regex.Escape(name)}\s*$", outcome.Output);
    }

    [Fact]
    public async Task No_office_insert_test_fails()
    {
        var outcome = await s_run.Value;

        Assert.True(outcome.ExitCode == 0, $"npm test in tabs/web exited with {outcome.ExitCode}:\n{outcome.Output}");
        Assert.Matches(@"(?m)^# fail 0\s*$", outcome.Output);
        Assert.Matches(@"(?m)^# pass [1-9]\d*\s*$", outcome.Output);
    }
}
