using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class SharePointPublisherOptionsValidatorTests
{
    private readonly SharePointPublisherOptionsValidator _validator = new();

    private static SharePointPublisherOptions WithSecret() => new()
    {
        TenantId = "contoso.onmicrosoft.com",
        ClientId = "00000000-0000-0000-0000-000000000001",
        ClientSecret = "secret",
    };

    [Fact]
    public void Client_secret_with_tenant_and_client_is_valid()
    {
        Assert.True(_validator.Validate(null, WithSecret()).Succeeded);
    }

    [Fact]
    public void Managed_identity_needs_no_tenant_or_client()
    {
        Assert.True(_validator.Validate(null, new SharePointPublisherOptions { UseManagedIdentity = true }).Succeeded);
    }

    [Fact]
    public void No_credential_at_all_is_refused()
    {
        var result = _validator.Validate(null, new SharePointPublisherOptions { TenantId = "t", ClientId = "c" });

        Assert.Contains("exactly one credential", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_credential_kinds_at_once_are_refused()
    {
        var options = WithSecret();
        options.UseManagedIdentity = true;

        Assert.Contains("found 2", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_secret_without_tenant_is_refused()
    {
        var options = WithSecret();
        options.TenantId = null;

        Assert.Contains("TenantId is required", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_path_that_does_not_exist_is_refused()
    {
        var options = WithSecret();
        options.ClientSecret = null;
        options.CertificatePath = "/nonexistent/app.pem";

        Assert.Contains("does not exist", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.microsoft.com/v1.0")]
    [InlineData("graph.microsoft.com")]
    [InlineData("")]
    public void A_Graph_url_that_is_not_https_or_loopback_is_refused(string url)
    {
        var options = WithSecret();
        options.GraphBaseUrl = url;

        Assert.Contains("GraphBaseUrl", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loopback_http_Graph_url_is_accepted_for_test_listeners()
    {
        var options = WithSecret();
        options.GraphBaseUrl = "http://127.0.0.1:5123/v1.0";

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    [InlineData(192 * 327_680)]
    public void A_chunk_size_off_the_320_KiB_grid_or_too_big_is_refused(int chunkSize)
    {
        var options = WithSecret();
        options.ChunkSizeBytes = chunkSize;

        Assert.Contains("ChunkSizeBytes", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_ten_retries_are_refused_as_the_Graph_retry_handler_caps_them()
    {
        var options = WithSecret();
        options.MaxRetries = 11;

        Assert.Contains("MaxRetries", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
