using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace TeamsJourney.Documents.Publishing;

/// <summary>Chooses the Azure.Identity credential the options describe (validated first by <see cref="SharePointPublisherOptionsValidator"/>).</summary>
public static class SharePointCredentialFactory
{
    /// <summary>A client-secret, certificate or managed-identity credential.</summary>
    /// <exception cref="InvalidOperationException">No credential kind is configured.</exception>
    public static TokenCredential Create(SharePointPublisherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseManagedIdentity)
        {
            var identity = string.IsNullOrWhiteSpace(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
            return new ManagedIdentityCredential(identity);
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            // Azure.Identity reads PEM and unprotected PFX files from a path; a protected PFX needs its password here.
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath)
                : new ClientCertificateCredential(
                    options.TenantId,
                    options.ClientId,
                    X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        }

        throw new InvalidOperationException(
            $"{SharePointPublisherOptions.SectionName} configures no credential: set ClientSecret, CertificatePath or UseManagedIdentity.");
    }
}
