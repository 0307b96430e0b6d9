using Microsoft.Extensions.Options;

namespace TeamsJourney.Tabs.Auth;

/// <summary>Stops the host at start-up with a message naming the bad TabAuth setting.</summary>
internal sealed class TabAuthOptionsValidator : IValidateOptions<TabAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, TabAuthOptions options)
    {
        if (options.IsLocalDevelopment)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out _))
        {
            failures.Add($"TabAuth:Instance '{options.Instance}' is not an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("TabAuth:TenantId is required (a tenant id, or 'organizations' for a multi-tenant app).");
        }

        if (options.MetadataAddress is { Length: > 0 } metadata && !Uri.TryCreate(metadata, UriKind.Absolute, out _))
        {
            failures.Add($"TabAuth:MetadataAddress '{metadata}' is not an absolute URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
