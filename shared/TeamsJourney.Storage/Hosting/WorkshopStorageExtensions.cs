using TeamsJourney.Storage.Sqlite;
using TeamsJourney.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Storage.Hosting;

/// <summary>Registers the workshop store chosen in the "Storage" configuration section.</summary>
public static class WorkshopStorageExtensions
{
    /// <summary>
    /// Binds <see cref="WorkshopStorageOptions"/> from "Storage", validates them when the host starts and registers
    /// the chosen <see cref="IWorkshopStore"/> as a singleton.
    /// </summary>
    public static IHostApplicationBuilder AddWorkshopStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WorkshopStorageOptions>()
            .BindConfiguration(WorkshopStorageOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WorkshopStorageOptions>, WorkshopStorageOptionsValidator>();
        builder.Services.AddSingleton<IWorkshopStore>(services => CreateStore(services.GetRequiredService<IOptions<WorkshopStorageOptions>>().Value));
        return builder;
    }

    private static IWorkshopStore CreateStore(WorkshopStorageOptions options) => options.Provider switch
    {
        WorkshopStorageProvider.AzureTables => new TableWorkshopStore(TableServiceClients.Create(options), options.TablePrefix),
        WorkshopStorageProvider.Sqlite => new SqliteWorkshopStore(options.SqlitePath),
        _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not known; use Sqlite or AzureTables."),
    };
}
