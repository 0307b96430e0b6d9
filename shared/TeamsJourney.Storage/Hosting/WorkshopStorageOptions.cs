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

    /// <summary>The storage connection string; required when <see cref="Provider"/> is <see cref="WorkshopStorageProvider.AzureTables"/>.</summary>
    public string? TablesConnectionString { get; set; }

    /// <summary>Prefix of the table names, so several environments can share one storage account.</summary>
    public string TablePrefix { get; set; } = TableWorkshopStore.DefaultTablePrefix;
}
