using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TeamsJourney.Documents.Tests.Fixtures;

internal sealed partial class LocalGraphServer
{
    /// <summary>
    /// Graph's "download a file in another format": GET /drives/{drive}/items/{item}/content?format=pdf answers 302
    /// with the converted file's pre-authenticated download URL. Real SharePoint serves that from another host, so
    /// the redirect names "localhost" instead of 127.0.0.1: a client that leaks its token across hosts is caught by
    /// the download refusing any Authorization header.
    /// </summary>
    private Task AnswerConvertAsync(HttpContext context, LocalGraphRequest recorded, Match match)
    {
        var format = context.Request.Query["format"].FirstOrDefault();
        var file = _files.Values.FirstOrDefault(f => f.Id == match.Groups["item"].Value);
        if (match.Groups["drive"].Value != DriveId || file is null)
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "No such item.");
        }

        if (format != "pdf")
        {
            return AnswerErrorAsync(context, recorded, 400, "invalidRequest", $"Unsupported format '{format}'.");
        }

        // Only Office files convert: a zip package starts with "PK".
        if (file.Content.Length < 2 || file.Content[0] != (byte)'P' || file.Content[1] != (byte)'K')
        {
            return AnswerErrorAsync(context, recorded, 406, "notSupported", "The item cannot be converted to the requested format.");
        }

        recorded.StatusCode = 302;
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = $"{Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)}/download/{file.Id}.pdf";
        return Task.CompletedTask;
    }

    private async Task AnswerDownloadAsync(HttpContext context, LocalGraphRequest recorded, Match match)
    {
        var file = _files.Values.FirstOrDefault(f => f.Id == match.Groups["item"].Value);
        if (file is null)
        {
            await AnswerErrorAsync(context, recorded, 404, "itemNotFound", "No such item.");
            return;
        }

        recorded.StatusCode = 200;
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/pdf";
        await context.Response.Body.WriteAsync(ConvertedPdf(file));
    }

    /// <summary>What the listener hands out as the PDF of <paramref name="file"/>: marked with its source so tests can trace it.</summary>
    public static byte[] ConvertedPdf(LocalGraphFile file) =>
        Encoding.ASCII.GetBytes($"%PDF-1.7\n% converted by the local Graph listener from item {file.Id}\n%%EOF\n");

    [GeneratedRegex("^/v1.0/drives/(?<drive>[^/]+)/items/(?<item>[^/:]+)/content$")]
    private static partial Regex ItemContentPath();

    [GeneratedRegex("^/download/(?<item>[^/.]+)\\.pdf$")]
    private static partial Regex DownloadPath();
}
