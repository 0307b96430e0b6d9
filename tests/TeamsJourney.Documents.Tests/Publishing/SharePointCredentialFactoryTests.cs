using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class SharePointCredentialFactoryTests : IDisposable
{
    private readonly List<string> _certificateFiles = [];

    public void Dispose() => _certificateFiles.ForEach(File.Delete);

    [Fact]
    public void A_client_secret_yields_a_client_secret_credential()
    {
        var options = new SharePointPublisherOptions { TenantId = "contoso.onmicrosoft.com", ClientId = "app", ClientSecret = "s" };

        Assert.IsType<ClientSecretCredential>(SharePointCredentialFactory.Create(options));
    }

    [Fact]
    public void Managed_identity_yields_a_managed_identity_credential()
    {
        Assert.IsType<ManagedIdentityCredential>(SharePointCredentialFactory.Create(new SharePointPublisherOptions { UseManagedIdentity = true }));
    }

    [Fact]
    public void A_user_assigned_managed_identity_yields_a_managed_identity_credential()
    {
        var options = new SharePointPublisherOptions { UseManagedIdentity = true, ClientId = "00000000-0000-0000-0000-000000000002" };

        Assert.IsType<ManagedIdentityCredential>(SharePointCredentialFactory.Create(options));
    }

    [Fact]
    public void A_pem_certificate_path_yields_a_client_certificate_credential()
    {
        var path = WriteCertificate(cert => cert.ExportCertificatePem() + "\n" + cert.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem(), ".pem");

        var options = new SharePointPublisherOptions { TenantId = "contoso.onmicrosoft.com", ClientId = "app", CertificatePath = path };

        Assert.IsType<ClientCertificateCredential>(SharePointCredentialFactory.Create(options));
    }

    [Fact]
    public void A_password_protected_pfx_is_loaded_with_its_password()
    {
        var path = WriteCertificate(cert => Convert.ToBase64String(cert.Export(X509ContentType.Pfx, "p@ss")), ".pfx", base64: true);
        var options = new SharePointPublisherOptions
        {
            TenantId = "contoso.onmicrosoft.com",
            ClientId = "app",
            CertificatePath = path,
            CertificatePassword = "p@ss",
        };

        Assert.IsType<ClientCertificateCredential>(SharePointCredentialFactory.Create(options));
    }

    [Fact]
    public void A_pfx_with_a_wrong_password_fails_loudly()
    {
        var path = WriteCertificate(cert => Convert.ToBase64String(cert.Export(X509ContentType.Pfx, "right")), ".pfx", base64: true);
        var options = new SharePointPublisherOptions
        {
            TenantId = "contoso.onmicrosoft.com",
            ClientId = "app",
            CertificatePath = path,
            CertificatePassword = "wrong",
        };

        Assert.ThrowsAny<CryptographicException>(() => SharePointCredentialFactory.Create(options));
    }

    [Fact]
    public void No_credential_configured_fails_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SharePointCredentialFactory.Create(new SharePointPublisherOptions()));

        Assert.Contains("ClientSecret, CertificatePath or UseManagedIdentity", error.Message, StringComparison.Ordinal);
    }

    private string WriteCertificate(Func<X509Certificate2, string> export, string extension, bool base64 = false)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TeamsJourney test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"teamsjourney-cert-{Guid.NewGuid():N}{extension}");
        _certificateFiles.Add(path);
        var text = export(certificate);
        if (base64)
        {
            File.WriteAllBytes(path, Convert.FromBase64String(text));
        }
        else
        {
            File.WriteAllText(path, text);
        }

        return path;
    }
}
