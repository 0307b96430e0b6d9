using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace TeamsJourney.Documents.Publishing;

public sealed partial class SharePointPublisher
{
    private const string ConflictBehaviorAnnotation = "@microsoft.graph.conflictBehavior";

    private async Task<DriveItem> UploadSmallAsync(DriveFolder folder, string fileName, Stream content, CancellationToken ct)
    {
        // Buffered so the retry handler can replay the body after a 429/503, and so the SDK disposing its request
        // content never closes the caller's stream.
        var bytes = new byte[content.Length];
        await content.ReadExactlyAsync(bytes, ct);
        using var body = new MemoryStream(bytes, writable: false);
        return await CallGraphAsync(
            $"store '{fileName}'",
            () => _graph.Drives[folder.DriveId].Items[folder.ItemId].Content
                .WithUrl(_endpoint.ContentUrl(folder, fileName))
                .PutAsync(body, cancellationToken: ct));
    }

    private async Task<DriveItem> UploadLargeAsync(DriveFolder folder, string fileName, Stream content, CancellationToken ct)
    {
        var request = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties
            {
                Name = fileName,
                AdditionalData = new Dictionary<string, object> { [ConflictBehaviorAnnotation] = "replace" },
            },
        };
        var session = await CallGraphAsync(
            $"start an upload session for '{fileName}'",
            () => _graph.Drives[folder.DriveId].Items[folder.ItemId].CreateUploadSession
                .WithUrl(_endpoint.CreateUploadSessionUrl(folder, fileName))
                .PostAsync(request, cancellationToken: ct));
        if (string.IsNullOrEmpty(session.UploadUrl))
        {
            throw new DocumentPublishException($"Graph started an upload session for '{fileName}' without an upload URL.");
        }

        // Graph may leave nextExpectedRanges out of a fresh session (its own example does); a fresh session expects everything.
        if (session.NextExpectedRanges is not { Count: > 0 })
        {
            session.NextExpectedRanges = ["0-"];
        }

        var upload = new LargeFileUploadTask<DriveItem>(session, content, _options.ChunkSizeBytes, _uploadAdapter);
        for (var resumes = 0; ; resumes++)
        {
            try
            {
                // One pass per call: between passes we ask the session what it is missing (GET uploadUrl) and send only that.
                var result = resumes == 0
                    ? await upload.UploadAsync(maxTries: 1, cancellationToken: ct)
                    : await upload.ResumeAsync(maxTries: 1, cancellationToken: ct);
                return result.ItemResponse
                    ?? throw new DocumentPublishException($"The upload session for '{fileName}' completed without describing the stored file.");
            }
            catch (Exception interruption) when (IsInterruptedUpload(interruption, ct) && resumes < _options.MaxUploadResumes)
            {
                PublishingLog.ResumingUpload(_logger, interruption, fileName, resumes + 1, _options.MaxUploadResumes);
            }
            catch (Exception failure) when (failure is not DocumentPublishException && !ct.IsCancellationRequested)
            {
                await CancelSessionAsync(upload, fileName);
                var status = (failure as ApiException)?.ResponseStatusCode;
                throw new DocumentPublishException(
                    $"Uploading '{fileName}' to SharePoint failed after {resumes} resumed attempt(s): {failure.Message}", failure)
                {
                    StatusCode = status is > 0 ? status : null,
                };
            }
        }
    }

    // Transport failures, timeouts, throttling that outlasted the retry handler and 5xx answers leave the session
    // intact: Graph says the bytes of a failed request are ignored and the upload can resume from nextExpectedRanges.
    private static bool IsInterruptedUpload(Exception error, CancellationToken ct) => !ct.IsCancellationRequested && error switch
    {
        HttpRequestException or IOException or OperationCanceledException => true,
        ApiException api => api.ResponseStatusCode is 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => IsInterruptedUpload(inner, ct)),
        _ => false,
    };

    private async Task CancelSessionAsync(LargeFileUploadTask<DriveItem> upload, string fileName)
    {
        // Graph cleans abandoned sessions up at expiry anyway; cancelling frees the partial upload now. A failure here
        // must not hide the upload failure the caller is about to get, so it is logged.
        try
        {
            await upload.DeleteSessionAsync(CancellationToken.None);
        }
        catch (Exception cancelFailure) when (cancelFailure is ApiException or HttpRequestException or IOException or ClientException)
        {
            PublishingLog.CancelSessionFailed(_logger, cancelFailure, fileName);
        }
    }
}
