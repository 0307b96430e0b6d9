using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace TeamsJourney.Storage.Hosting;

/// <summary>
/// Builds the <see cref="TableServiceClient"/> the "Storage" section describes (validated first by
/// <see cref="WorkshopStorageOptionsValidator"/>): from a connection string, or from an endpoint and a token credential.
/// </summary>
internal static class TableServiceClients
{
    public static TableServiceClient Create(WorkshopStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TablesEndpoint is { } endpoint
            ? new TableServiceClient(endpoint, CreateCredential(options))
            : new TableServiceClient(options.TablesConnectionString);
    }

    /// <summary>
    /// The named user-assigned managed identity when one is configured (no probing of other credential kinds, so
    /// start-up in Azure is fast and predictable); otherwise <see cref="DefaultAzureCredential"/>.
    /// </summary>
    public static TokenCredential CreateCredential(WorkshopStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
    }
}
