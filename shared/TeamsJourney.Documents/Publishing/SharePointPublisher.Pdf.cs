using Microsoft.Graph;
using Microsoft.Graph.Models;
using TeamsJourney.Documents.Publishing.Pdf;

namespace TeamsJourney.Documents.Publishing;

public sealed partial class SharePointPublisher
{
    /// <summary>
    /// Asks Graph for the uploaded file converted to PDF (it answers with a redirect to a pre-authenticated download,
    /// which the pipeline follows without the token) and stores the PDF beside the original. A refused conversion is
    /// logged and the document stays published without a copy.
    /// </summary>
    private async Task<PublishedDocument?> PublishPdfCopyAsync(DriveFolder folder, DriveItem item, string workshopId, CancellationToken ct)
    {
        var name = PdfCopies.NameFor(item.Name ?? "document");
        try
        {
            var itemId = item.Id ?? throw new DocumentPublishException($"SharePoint reported no id for '{item.Name}', so it cannot be converted.");
            await using var converted = await CallGraphAsync(
                $"convert '{item.Name}' to PDF",
                () => _graph.Drives[folder.DriveId].Items[itemId].Content.WithUrl(_endpoint.PdfUrl(folder.DriveId, itemId)).GetAsync(cancellationToken: ct));
            using var pdf = new MemoryStream();
            await converted.CopyToAsync(pdf, ct);
            pdf.Position = 0;
            var stored = pdf.Length <= SimpleUploadLimitBytes
                ? await UploadSmallAsync(folder, name, pdf, ct)
                : await UploadLargeAsync(folder, name, pdf, ct);
            PublishingLog.Published(_logger, stored.Name ?? name, pdf.Length, workshopId);
            return Published(stored, name, pdf.Length);
        }
        catch (DocumentPublishException failure)
        {
            PublishingLog.PdfCopyFailed(_logger, failure, name, workshopId);
            return null;
        }
    }
}
