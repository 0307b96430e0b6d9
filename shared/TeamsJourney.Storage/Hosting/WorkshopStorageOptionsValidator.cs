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
            ValidateTablesAccess(options, failures);

            if (!TableWorkshopStore.IsValidTablePrefix(options.TablePrefix))
            {
                failures.Add($"Storage:TablePrefix '{options.TablePrefix}' is not valid: use 1 to 49 letters and digits, starting with a letter.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Exactly one way in: a connection string, or an endpoint reached with a token (never both, so it is plain
    // which one production uses).
    private static void ValidateTablesAccess(WorkshopStorageOptions options, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.TablesConnectionString);
        if (hasConnectionString == (options.TablesEndpoint is not null))
        {
            failures.Add(hasConnectionString
                ? "Storage:TablesConnectionString and Storage:TablesEndpoint are both set; set only one."
                : "Storage:TablesConnectionString or Storage:TablesEndpoint is required when Storage:Provider is AzureTables.");
        }

        // Azure.Core refuses to send a bearer token over plain HTTP, so say so at start-up rather than on the first write.
        if (options.TablesEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Storage:TablesEndpoint '{endpoint}' must be an absolute https address, e.g. https://account.table.core.windows.net/.");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            if (options.TablesEndpoint is null)
            {
                failures.Add("Storage:ManagedIdentityClientId is used only with Storage:TablesEndpoint; set the endpoint too.");
            }

            if (!Guid.TryParse(options.ManagedIdentityClientId, out _))
            {
                failures.Add($"Storage:ManagedIdentityClientId '{options.ManagedIdentityClientId}' is not a client id (a GUID).");
            }
        }
    }
}
