using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing.Pdf;

namespace TeamsJourney.Documents.Publishing;

/// <summary>Registers the document publisher the <c>Documents</c> configuration section chooses.</summary>
public static class DocumentPublishingExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentPublisher"/>: a <see cref="LocalFolderPublisher"/> (also registered as itself so the
    /// host can serve <see cref="LocalFolderPublisher.RootPath"/>), or with <c>Documents:Publisher = SharePoint</c> a
    /// <see cref="SharePointPublisher"/> whose <c>Documents:SharePoint</c> options are validated at start-up.
    /// Also registers <see cref="WorkshopDocuments"/> (and <see cref="TimeProvider.System"/> unless one is registered) as singletons.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>Documents:Publisher</c> names no known publisher.</exception>
    public static IHostApplicationBuilder AddDocumentPublishing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var kind = ReadPublisherKind(builder.Configuration);
        builder.Services.AddOptions<DocumentPublishingOptions>()
            .BindConfiguration(DocumentPublishingOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.LocalFolder), "Documents:LocalFolder must not be empty.")
            .Validate(options => DocumentLinkSigner.IsUsableKey(options.LinkSigningKey), "Documents:LinkSigningKey must be base64 of at least 32 bytes.")
            .Validate(options => options.LinkLifetimeMinutes is > 0 and <= 24 * 60, "Documents:LinkLifetimeMinutes must be between 1 and 1440.")
            .Validate(options => options.RetentionDays >= 0, "Documents:RetentionDays must be 0 (keep forever) or more.")
            .Validate(options => options.MinimumRegenerationSeconds >= 0, "Documents:MinimumRegenerationSeconds must not be negative.")
            .ValidateOnStart();

        if (kind == DocumentPublisherKind.SharePoint)
        {
            AddSharePoint(builder.Services);
        }
        else
        {
            builder.Services.TryAddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<DocumentPublishingOptions>>().Value;
                var root = Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.LocalFolder);
                return new LocalFolderPublisher(root, services.GetRequiredService<LocalPdfConversion>().Converter, services.GetService<ILogger<LocalFolderPublisher>>());
            });
            builder.Services.TryAddSingleton(services => new LocalPdfConversion(LocalPdfConverter(services)));
            builder.Services.TryAddSingleton<IDocumentPublisher>(services => services.GetRequiredService<LocalFolderPublisher>());
            builder.Services.TryAddSingleton<IDocumentEraser>(services => services.GetRequiredService<LocalFolderPublisher>());
            builder.Services.TryAddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<DocumentPublishingOptions>>().Value;
                return new DocumentLinkSigner(
                    DocumentLinkSigner.KeyFor(options.LinkSigningKey, services.GetRequiredService<LocalFolderPublisher>().RootPath),
                    TimeSpan.FromMinutes(options.LinkLifetimeMinutes),
                    services.GetRequiredService<TimeProvider>());
            });
            if (builder.Configuration.GetValue($"{DocumentPublishingOptions.SectionName}:{nameof(DocumentPublishingOptions.RetentionDays)}", 90) > 0)
            {
                builder.Services.AddHostedService<LocalFolderRetention>();
            }
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<WorkshopDocuments>();
        return builder;
    }

    // PDF copies need LibreOffice; where it is not installed the converter is left out and documents go alone.
    private static IPdfConverter? LocalPdfConverter(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DocumentPublishingOptions>>().Value;
        if (!options.PdfCopies)
        {
            return null;
        }

        if (!LibreOfficePdfConverter.IsInstalled(options.LibreOfficePath))
        {
            PublishingLog.NoLibreOffice(services.GetService<ILogger<LocalFolderPublisher>>() ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, options.LibreOfficePath);
            return null;
        }

        return new LibreOfficePdfConverter(options.LibreOfficePath, TimeSpan.FromSeconds(options.PdfTimeoutSeconds));
    }

    private static void AddSharePoint(IServiceCollection services)
    {
        services.AddOptions<SharePointPublisherOptions>()
            .BindConfiguration(SharePointPublisherOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<SharePointPublisherOptions>, SharePointPublisherOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SharePointPublisherOptions>>();
            TokenCredential credential = SharePointCredentialFactory.Create(options.Value);
            return new SharePointPublisher(options, credential, provider.GetService<ILogger<SharePointPublisher>>());
        });
        services.TryAddSingleton<IDocumentPublisher>(provider => provider.GetRequiredService<SharePointPublisher>());
    }

    private static DocumentPublisherKind ReadPublisherKind(IConfiguration configuration)
    {
        var configured = configuration[$"{DocumentPublishingOptions.SectionName}:{nameof(DocumentPublishingOptions.Publisher)}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DocumentPublisherKind.LocalFolder;
        }

        return Enum.TryParse<DocumentPublisherKind>(configured, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidOperationException(
                $"Documents:Publisher is '{configured}'; it must be {string.Join(" or ", Enum.GetNames<DocumentPublisherKind>())}.");
    }
}

/// <summary>Holds the optional local converter so the container disposes it (and its LibreOffice profile) at shutdown.</summary>
internal sealed class LocalPdfConversion(IPdfConverter? converter) : IDisposable
{
    public IPdfConverter? Converter { get; } = converter;

    public void Dispose() => (Converter as IDisposable)?.Dispose();
}
