using TeamsJourney.Storage.Hosting;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Hosting;

public sealed class WorkshopStorageExtensionsTests : IDisposable
{
    private const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-hosting-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task AddWorkshopStorage_with_a_sqlite_path_registers_one_SqliteWorkshopStore_on_that_file()
    {
        var path = Path.Combine(_folder.FullName, "workshops.db");
        using var host = await StartHostAsync(("Storage:SqlitePath", path));

        var store = Assert.IsType<SqliteWorkshopStore>(host.Services.GetRequiredService<IWorkshopStore>());

        Assert.Equal(path, store.DatabasePath);
        Assert.Same(store, host.Services.GetRequiredService<IWorkshopStore>());
    }

    [Fact]
    public async Task AddWorkshopStorage_for_AzureTables_registers_a_TableWorkshopStore_with_the_prefix()
    {
        using var host = await StartHostAsync(
            ("Storage:Provider", "AzureTables"),
            ("Storage:TablesConnectionString", AzuriteConnectionString),
            ("Storage:TablePrefix", "Dev"));

        var store = Assert.IsType<TableWorkshopStore>(host.Services.GetRequiredService<IWorkshopStore>());

        Assert.Equal("DevWorkshops", store.WorkshopsTableName);
    }

    [Fact]
    public async Task AddWorkshopStorage_for_AzureTables_without_a_connection_string_stops_the_host_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartHostAsync(("Storage:Provider", "AzureTables")));

        Assert.Contains("Storage:TablesConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWorkshopStorage_with_an_invalid_table_prefix_stops_the_host_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartHostAsync(
            ("Storage:Provider", "AzureTables"),
            ("Storage:TablesConnectionString", AzuriteConnectionString),
            ("Storage:TablePrefix", "tj-dev")));

        Assert.Contains("Storage:TablePrefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWorkshopStorage_for_AzureTables_with_an_endpoint_reaches_it_with_the_named_managed_identity()
    {
        var options = new WorkshopStorageOptions
        {
            Provider = WorkshopStorageProvider.AzureTables,
            TablesEndpoint = new Uri("https://tjdevstore.table.core.windows.net/"),
            ManagedIdentityClientId = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
        };
        using var host = await StartHostAsync(
            ("Storage:Provider", "AzureTables"),
            ("Storage:TablesEndpoint", options.TablesEndpoint.ToString()),
            ("Storage:ManagedIdentityClientId", options.ManagedIdentityClientId));

        Assert.IsType<TableWorkshopStore>(host.Services.GetRequiredService<IWorkshopStore>());
        var client = TableServiceClients.Create(options);
        Assert.Equal("tjdevstore", client.AccountName);
        Assert.Equal(options.TablesEndpoint, client.Uri);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(TableServiceClients.CreateCredential(options));
    }

    [Fact]
    public void An_endpoint_without_a_managed_identity_client_id_uses_the_default_credential_chain()
    {
        var options = new WorkshopStorageOptions
        {
            Provider = WorkshopStorageProvider.AzureTables,
            TablesEndpoint = new Uri("https://tjdevstore.table.core.windows.net/"),
        };

        Assert.IsType<Azure.Identity.DefaultAzureCredential>(TableServiceClients.CreateCredential(options));
    }

    [Theory]
    [InlineData("Storage:TablesEndpoint", "https://tjdevstore.table.core.windows.net/", "Storage:TablesConnectionString", AzuriteConnectionString, "set only one")]
    [InlineData("Storage:TablesEndpoint", "http://tjdevstore.table.core.windows.net/", "Storage:TablePrefix", "Dev", "must be an absolute https address")]
    [InlineData("Storage:ManagedIdentityClientId", "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "Storage:TablesConnectionString", AzuriteConnectionString, "used only with Storage:TablesEndpoint")]
    [InlineData("Storage:TablesEndpoint", "https://tjdevstore.table.core.windows.net/", "Storage:ManagedIdentityClientId", "tj-identity", "is not a client id")]
    public async Task AddWorkshopStorage_with_contradicting_table_access_settings_stops_the_host_saying_why(
        string key, string value, string otherKey, string otherValue, string reason)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartHostAsync(
            ("Storage:Provider", "AzureTables"), (key, value), (otherKey, otherValue)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> StartHostAsync(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddWorkshopStorage();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
