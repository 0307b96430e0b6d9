using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsJourney.Documents.Publishing.Pdf;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Publishes into the Files tab of the workshop's Teams channel through Microsoft Graph: the channel's files folder
/// is resolved (GET /teams/{id}/channels/{id}/filesFolder), small files go up in one PUT, larger ones through a
/// resumable upload session. A regeneration replaces the file of the same name; SharePoint keeps the previous one in its version history.
/// </summary>
public sealed partial class SharePointPublisher : IDocumentPublisher, IDisposable
{
    /// <summary>Files up to this size go in one PUT; larger ones through an upload session.</summary>
    public const long SimpleUploadLimitBytes = 4 * 1024 * 1024;

    private readonly SharePointPublisherOptions _options;
    private readonly GraphEndpoint _endpoint;
    private readonly HttpClient _graphHttp;
    private readonly HttpClient _uploadHttp;
    private readonly GraphServiceClient _graph;
    private readonly IRequestAdapter _uploadAdapter;
    private readonly ILogger _logger;

    /// <summary>Creates a publisher authenticating with <paramref name="credential"/> (see <see cref="SharePointCredentialFactory"/>).</summary>
    /// <exception cref="OptionsValidationException">The endpoint or upload settings are invalid.</exception>
    public SharePointPublisher(
        IOptions<SharePointPublisherOptions> options, TokenCredential credential, ILogger<SharePointPublisher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credential);
        _options = options.Value;
        var failures = SharePointPublisherOptionsValidator.TransportFailures(_options).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(nameof(SharePointPublisherOptions), typeof(SharePointPublisherOptions), failures);
        }

        _endpoint = new GraphEndpoint(_options.GraphBaseUrl);
        _logger = logger ?? NullLogger<SharePointPublisher>.Instance;

        // The token may only go to the Graph host itself; anything else (such as a redirect) gets no Authorization.
        var authentication = new AzureIdentityAuthenticationProvider(
            credential, allowedHosts: [_endpoint.Host], observabilityOptions: null, isCaeEnabled: true, scopes: [_endpoint.Scope]);
        _graphHttp = GraphHttpPipeline.Create(_options);
        _graph = new GraphServiceClient(_graphHttp, authentication, _endpoint.BaseUrl);

        // Upload URLs are pre-authenticated: Graph documents that sending Authorization to them may be refused with 401,
        // so upload sessions get a pipeline of their own (same retries) with no authentication at all.
        _uploadHttp = GraphHttpPipeline.Create(_options);
        _uploadAdapter = new BaseGraphRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _uploadHttp);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The destination names no Teams channel.</exception>
    public async Task<PublishedDocument> PublishAsync(DocumentToPublish document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var destination = document.Destination;
        if (!destination.IsTeamsChannel)
        {
            throw new ArgumentException(
                $"Publishing to SharePoint needs the workshop's Teams team and channel; workshop '{destination.WorkshopId}' has none.",
                nameof(document));
        }

        var fileName = PublishedFileName.Sanitize(document.FileName);
        await using var source = document.OpenContent();
        await using var content = await source.ToSeekableAsync(ct);
        var length = content.Stream.Length;

        var folder = await ResolveFilesFolderAsync(destination.TeamId!, destination.ChannelId!, ct);
        var item = length <= SimpleUploadLimitBytes
            ? await UploadSmallAsync(folder, fileName, content.Stream, ct)
            : await UploadLargeAsync(folder, fileName, content.Stream, ct);
        PublishingLog.Published(_logger, item.Name ?? fileName, length, destination.WorkshopId);
        var published = Published(item, fileName, length);
        return _options.PdfCopies && PdfCopies.CanConvert(document.ContentType)
            ? published with { PdfCopy = await PublishPdfCopyAsync(folder, item, destination.WorkshopId, ct) }
            : published;
    }

    private static PublishedDocument Published(DriveItem item, string fileName, long length) => new(
        item.Name ?? fileName,
        item.WebUrl ?? throw new DocumentPublishException($"SharePoint stored '{fileName}' but reported no web URL for it."),
        item.Size ?? length,
        item.ETag,
        item.Id);

    /// <summary>Releases the HTTP pipelines.</summary>
    public void Dispose()
    {
        _graph.Dispose();
        _graphHttp.Dispose();
        _uploadHttp.Dispose();
    }

    private async Task<DriveFolder> ResolveFilesFolderAsync(string teamId, string channelId, CancellationToken ct)
    {
        var folder = await CallGraphAsync(
            "find the channel's files folder",
            () => _graph.Teams[teamId].Channels[channelId].FilesFolder.GetAsync(cancellationToken: ct));
        var driveId = folder?.ParentReference?.DriveId;
        if (string.IsNullOrEmpty(driveId) || string.IsNullOrEmpty(folder?.Id))
        {
            throw new DocumentPublishException(
                $"Graph returned no files folder (drive and item id) for channel '{channelId}' of team '{teamId}'.");
        }

        return new DriveFolder(driveId, folder.Id);
    }

    private static async Task<T> CallGraphAsync<T>(string action, Func<Task<T?>> call)
    {
        try
        {
            return await call() ?? throw new DocumentPublishException($"Graph answered with no content when trying to {action}.");
        }
        catch (ApiException error)
        {
            throw Describe(action, error);
        }
    }

    private static DocumentPublishException Describe(string action, ApiException error)
    {
        var status = error.ResponseStatusCode;
        var detail = error is ODataError { Error: { } body } ? $"{body.Code}: {body.Message}" : error.Message;
        var hint = status is 401 or 403
            ? " Check that the app has the Graph application permissions Files.ReadWrite.All and Sites.ReadWrite.All with admin consent."
            : string.Empty;
        return new DocumentPublishException($"SharePoint refused to {action} (HTTP {status}, {detail}).{hint}", error)
        {
            StatusCode = status,
        };
    }
}
