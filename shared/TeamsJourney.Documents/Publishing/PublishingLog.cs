using Microsoft.Extensions.Logging;

namespace TeamsJourney.Documents.Publishing;

internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Published '{FileName}' ({SizeBytes} bytes) for workshop {WorkshopId} to SharePoint")]
    public static partial void Published(ILogger logger, string fileName, long sizeBytes, string workshopId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Upload of '{FileName}' was interrupted; resuming from the session's next expected ranges ({Attempt}/{MaxAttempts})")]
    public static partial void ResumingUpload(ILogger logger, Exception interruption, string fileName, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "No PDF copy of '{FileName}' for workshop {WorkshopId}; the document itself was published")]
    public static partial void PdfCopyFailed(ILogger logger, Exception failure, string fileName, string workshopId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "PDF copies of local documents are off: '{LibreOffice}' is not installed")]
    public static partial void NoLibreOffice(ILogger logger, string libreOffice);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Could not cancel the failed upload session of '{FileName}'; SharePoint removes it when it expires")]
    public static partial void CancelSessionFailed(ILogger logger, Exception failure, string fileName);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Retention: deleted '{File}' (generated more than {RetentionDays} days ago)")]
    public static partial void RetentionDeleted(ILogger logger, string file, int retentionDays);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Retention of the local documents folder failed this time; the next pass tries again")]
    public static partial void RetentionFailed(ILogger logger, Exception failure);
}
