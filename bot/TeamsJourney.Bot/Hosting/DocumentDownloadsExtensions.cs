using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// Serves documents published to the local folder (the embedded default) at /documents/&lt;workshop&gt;/&lt;file&gt;.
/// With the SharePoint publisher the links point at SharePoint and nothing is served here.
/// </summary>
internal static class DocumentDownloadsExtensions
{
    public static WebApplication MapDocumentDownloads(this WebApplication app)
    {
        if (app.Services.GetService<LocalFolderPublisher>() is not { } publisher)
        {
            return app;
        }

        Directory.CreateDirectory(publisher.RootPath);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        types.Mappings[".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(publisher.RootPath)),
            RequestPath = LocalFolderPublisher.UrlPrefix,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
        });
        return app;
    }
}
