using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class DocumentPublishingExtensionsTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("teamsjourney-host-");

    public void Dispose() => _contentRoot.Delete(recursive: true);

    private HostApplicationBuilder HostWith(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = _contentRoot.FullName,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return builder;
    }

    [Fact]
    public void Without_configuration_documents_go_to_the_local_folder_under_the_content_root()
    {
        var builder = HostWith();
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        var publisher = Assert.IsType<LocalFolderPublisher>(host.Services.GetRequiredService<IDocumentPublisher>());

        Assert.Equal(Path.Combine(_contentRoot.FullName, "data", "documents"), publisher.RootPath);
    }

    [Fact]
    public void The_local_folder_publisher_is_also_registered_as_itself_for_the_host_to_serve()
    {
        var builder = HostWith();
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.Same(host.Services.GetRequiredService<LocalFolderPublisher>(), host.Services.GetRequiredService<IDocumentPublisher>());
    }

    [Fact]
    public void Retention_runs_for_the_local_folder_unless_RetentionDays_is_0()
    {
        var kept = HostWith(("Documents:RetentionDays", "0"));
        kept.AddDocumentPublishing();
        var swept = HostWith();
        swept.AddDocumentPublishing();
        using var keptHost = kept.Build();
        using var sweptHost = swept.Build();

        Assert.DoesNotContain(keptHost.Services.GetServices<IHostedService>(), s => s is LocalFolderRetention);
        var retention = Assert.Single(sweptHost.Services.GetServices<IHostedService>().OfType<LocalFolderRetention>());
        Assert.Empty(retention.Sweep());
    }

    [Fact]
    public void Local_documents_get_a_link_signer_with_the_configured_lifetime()
    {
        var builder = HostWith(("Documents:LinkLifetimeMinutes", "5"), ("Documents:LinkSigningKey", Convert.ToBase64String(new byte[32])));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.Equal(TimeSpan.FromMinutes(5), host.Services.GetRequiredService<DocumentLinkSigner>().Lifetime);
    }

    [Theory]
    [InlineData("Documents:LinkSigningKey", "too-short")]
    [InlineData("Documents:LinkLifetimeMinutes", "0")]
    [InlineData("Documents:RetentionDays", "-1")]
    [InlineData("Documents:MinimumRegenerationSeconds", "-5")]
    public void A_bad_document_setting_stops_the_host_naming_it(string key, string value)
    {
        var builder = HostWith((key, value));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        var refused = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<DocumentPublishingOptions>>().Value);

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_LocalFolder_sets_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "elsewhere", "docs");
        var builder = HostWith(("Documents:Publisher", "LocalFolder"), ("Documents:LocalFolder", root));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.Equal(root, host.Services.GetRequiredService<LocalFolderPublisher>().RootPath);
    }

    [Fact]
    public void Documents_Publisher_SharePoint_registers_the_SharePoint_publisher()
    {
        var builder = HostWith(
            ("Documents:Publisher", "sharepoint"),
            ("Documents:SharePoint:TenantId", "contoso.onmicrosoft.com"),
            ("Documents:SharePoint:ClientId", "00000000-0000-0000-0000-000000000001"),
            ("Documents:SharePoint:ClientSecret", "secret"));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.IsType<SharePointPublisher>(host.Services.GetRequiredService<IDocumentPublisher>());
    }

    [Fact]
    public async Task SharePoint_without_a_credential_fails_at_start_up_with_the_reason()
    {
        var builder = HostWith(("Documents:Publisher", "SharePoint"), ("Documents:SharePoint:TenantId", "contoso.onmicrosoft.com"));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("exactly one credential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_publisher_name_fails_with_the_accepted_names()
    {
        var builder = HostWith(("Documents:Publisher", "Dropbox"));

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddDocumentPublishing());

        Assert.Contains("LocalFolder or SharePoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_PDF_copies_are_made_where_the_configured_LibreOffice_exists()
    {
        // Any existing executable stands in for soffice: registration only decides whether there is one to call.
        var builder = HostWith(("Documents:LibreOfficePath", "/bin/sh"));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.True(host.Services.GetRequiredService<LocalFolderPublisher>().MakesPdfCopies);
    }

    [Theory]
    [InlineData("true", "/nowhere/soffice")]
    [InlineData("false", "/bin/sh")]
    public void Local_PDF_copies_are_left_out_without_LibreOffice_or_when_turned_off(string pdfCopies, string libreOffice)
    {
        var builder = HostWith(("Documents:PdfCopies", pdfCopies), ("Documents:LibreOfficePath", libreOffice));
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.False(host.Services.GetRequiredService<LocalFolderPublisher>().MakesPdfCopies);
    }
}
