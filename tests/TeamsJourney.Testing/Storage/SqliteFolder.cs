using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace TeamsJourney.Testing.Storage;

/// <summary>A temporary folder holding one test's SQLite store.</summary>
public sealed class SqliteFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamsjourney-tabs-").FullName;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Path.Combine(_folder, "workshops.db"),
    };

    /// <summary>A Development web host builder rooted in this folder and stored here: for registration tests.</summary>
    public WebApplicationBuilder HostBuilder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _folder, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(Settings);
        return builder;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
