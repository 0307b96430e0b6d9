using TeamsJourney.Storage.Tables;
using Microsoft.Extensions.Options;

namespace TeamsJourney.Storage.Hosting;

/// <summary>Checks the "Storage" section at start-up, so a bad setting stops the host with a message naming it.</summary>
internal sealed class WorkshopStorageOptionsValidator : IValidateOptions<WorkshopStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkshopStorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:Provider '{options.Provider}' is not known; use Sqlite or AzureTables.");
        }

        if (options.Provider == WorkshopStorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add("Storage:SqlitePath is required when Storage:Provider is Sqlite.");
        }

        if (options.Provider == WorkshopStorageProvider.AzureTables)
        {
            if (string.IsNullOrWhiteSpace(options.TablesConnectionString))
            {
                failures.Add("Storage:TablesConnectionString is required when Storage:Provider is AzureTables.");
            }

            if (!TableWorkshopStore.IsValidTablePrefix(options.TablePrefix))
            {
                failures.Add($"Storage:TablePrefix '{options.TablePrefix}' is not valid: use 1 to 49 letters and digits, starting with a letter.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
