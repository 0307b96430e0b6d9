using TeamsJourney.Storage.Tables;

namespace TeamsJourney.Storage.Hosting;

/// <summary>Which backend stores workshops.</summary>
public enum WorkshopStorageProvider
{
    /// <summary>An embedded SQLite file: the default for one instance and local development.</summary>
    Sqlite,

    /// <summary>Azure Table Storage (or Azurite, or the Cosmos DB Table API): for several instances.</summary>
    AzureTables,
}

/// <summary>The "Storage" configuration section.</summary>
public sealed class WorkshopStorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The backend; "Sqlite" (default) or "AzureTables".</summary>
    public WorkshopStorageProvider Provider { get; set; } = WorkshopStorageProvider.Sqlite;

    /// <summary>The SQLite database file; relative paths are resolved against the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "teamsjourney.db");

    /// <summary>
    /// The storage connection string (account key or SAS; Azurite's for local runs). For
    /// <see cref="WorkshopStorageProvider.AzureTables"/> set this or <see cref="TablesEndpoint"/>, not both.
    /// </summary>
    public string? TablesConnectionString { get; set; }

    /// <summary>
    /// The Table service endpoint (e.g. https://account.table.core.windows.net/), reached with an Entra token
    /// instead of an account key: the managed identity named by <see cref="ManagedIdentityClientId"/>, or else
    /// <c>DefaultAzureCredential</c> (the system-assigned identity in Azure, the developer's sign-in locally).
    /// The identity needs the "Storage Table Data Contributor" role on the account.
    /// </summary>
    public Uri? TablesEndpoint { get; set; }

    /// <summary>The client id of the user-assigned managed identity used with <see cref="TablesEndpoint"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of the table names, so several environments can share one storage account.</summary>
    public string TablePrefix { get; set; } = TableWorkshopStore.DefaultTablePrefix;
}
