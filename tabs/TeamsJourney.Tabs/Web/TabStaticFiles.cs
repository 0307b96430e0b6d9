using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using TeamsJourney.Tabs.Hosting;

namespace TeamsJourney.Tabs.Web;

/// <summary>
/// Serves the built front end (tabs/web/dist) at /tab/. When it has not been built, /tab/ says how to
/// build it instead of answering an empty 404.
/// </summary>
public static class TabStaticFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Maps /tab/{**path} (which also matches /tab).</summary>
    public static IEndpointRouteBuilder MapTabStaticFiles(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/tab/{**path}", Serve).ExcludeFromDescription();
        return endpoints;
    }

    internal static Results<PhysicalFileHttpResult, RedirectHttpResult, NotFound, ProblemHttpResult> Serve(
        string? path, HttpRequest request, IOptions<TabsOptions> options, IWebHostEnvironment environment)
    {
        // The pages load their scripts relative to /tab/, so /tab itself must become /tab/.
        if (request.Path.Value is "/tab")
        {
            return TypedResults.Redirect("/tab/" + request.QueryString);
        }

        var root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.WebRoot));
        if (!Directory.Exists(root))
        {
            return TypedResults.Problem(
                $"The tab's front end has not been built ({root} is missing): run npm run build in tabs/web.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Tab front end not built");
        }

        // The provider refuses paths that climb out of the root, so a request cannot read other files.
        using var files = new PhysicalFileProvider(root);
        var relative = string.IsNullOrEmpty(path) || path.EndsWith('/') ? (path ?? string.Empty) + "index.html" : path;
        var file = files.GetFileInfo(relative);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            return TypedResults.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: file.LastModified, enableRangeProcessing: false);
    }
}
