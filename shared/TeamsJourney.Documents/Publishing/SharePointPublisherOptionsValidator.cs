using Microsoft.Extensions.Options;

namespace TeamsJourney.Documents.Publishing;

/// <summary>Checks <see cref="SharePointPublisherOptions"/> at start-up, so a bad configuration fails with a clear message before the first workshop.</summary>
public sealed class SharePointPublisherOptionsValidator : IValidateOptions<SharePointPublisherOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SharePointPublisherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        failures.AddRange(CredentialFailures(options));
        failures.AddRange(TransportFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The checks that matter even when the credential is supplied in code rather than by options.</summary>
    internal static IEnumerable<string> TransportFailures(SharePointPublisherOptions options)
    {
        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var graph)
            || !(graph.Scheme == Uri.UriSchemeHttps || (graph.Scheme == Uri.UriSchemeHttp && graph.IsLoopback)))
        {
            yield return $"{SharePointPublisherOptions.SectionName}:GraphBaseUrl must be an absolute https URL (plain http only for a loopback test listener); got '{options.GraphBaseUrl}'.";
        }

        if (options.ChunkSizeBytes <= 0
            || options.ChunkSizeBytes % SharePointPublisherOptions.FragmentUnitBytes != 0
            || options.ChunkSizeBytes >= SharePointPublisherOptions.MaxChunkSizeBytes)
        {
            yield return $"{SharePointPublisherOptions.SectionName}:ChunkSizeBytes must be a positive multiple of 327680 (320 KiB) below 60 MiB; got {options.ChunkSizeBytes}.";
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            yield return $"{SharePointPublisherOptions.SectionName}:MaxRetries must be between 0 and 10; got {options.MaxRetries}.";
        }

        if (options.RetryDelaySeconds is < 0 or > 180)
        {
            yield return $"{SharePointPublisherOptions.SectionName}:RetryDelaySeconds must be between 0 and 180; got {options.RetryDelaySeconds}.";
        }

        if (options.MaxUploadResumes is < 0 or > 10)
        {
            yield return $"{SharePointPublisherOptions.SectionName}:MaxUploadResumes must be between 0 and 10; got {options.MaxUploadResumes}.";
        }
    }

    private static IEnumerable<string> CredentialFailures(SharePointPublisherOptions options)
    {
        var kinds = new[]
        {
            !string.IsNullOrWhiteSpace(options.ClientSecret),
            !string.IsNullOrWhiteSpace(options.CertificatePath),
            options.UseManagedIdentity,
        }.Count(chosen => chosen);
        if (kinds != 1)
        {
            yield return $"{SharePointPublisherOptions.SectionName} needs exactly one credential: ClientSecret, CertificatePath or UseManagedIdentity=true (found {kinds}).";
        }

        if (!options.UseManagedIdentity)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                yield return $"{SharePointPublisherOptions.SectionName}:TenantId is required for a client secret or certificate.";
            }

            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                yield return $"{SharePointPublisherOptions.SectionName}:ClientId is required for a client secret or certificate.";
            }
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
        {
            yield return $"{SharePointPublisherOptions.SectionName}:CertificatePath '{options.CertificatePath}' does not exist.";
        }
    }
}
