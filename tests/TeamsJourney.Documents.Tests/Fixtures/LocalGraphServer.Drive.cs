using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TeamsJourney.Documents.Tests.Fixtures;

internal sealed partial class LocalGraphServer
{
    private const string ConflictBehavior = "@microsoft.graph.conflictBehavior";

    // SharePoint file names are case-insensitive.
    private readonly ConcurrentDictionary<string, LocalGraphFile> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _commitLock = new();
    private int _nextItemId;

    /// <summary>The files in the channel folder, by name.</summary>
    public IReadOnlyDictionary<string, LocalGraphFile> Files => _files;

    /// <summary>Puts a file in the channel folder, e.g. to provoke a name conflict.</summary>
    public void SeedFile(string name, byte[] content) => Commit(name, content, "replace");

    private Task AnswerFilesFolderAsync(HttpContext context, LocalGraphRequest recorded, Match match)
    {
        if (match.Groups["team"].Value != TeamId || match.Groups["channel"].Value != ChannelId)
        {
            return AnswerErrorAsync(context, recorded, 404, "NotFound", "No team or channel with that id.");
        }

        // Shaped like the "Get filesFolder" example: a folder driveItem whose parentReference names the drive.
        return AnswerJsonAsync(context, recorded, 200, new Dictionary<string, object?>
        {
            ["id"] = FolderId,
            ["name"] = "General",
            ["webUrl"] = $"{Origin}/sites/workshop/Shared%20Documents/General",
            ["parentReference"] = new Dictionary<string, object?> { ["driveId"] = DriveId, ["driveType"] = "documentLibrary" },
            ["folder"] = new Dictionary<string, object?> { ["childCount"] = _files.Count },
        });
    }

    private Task AnswerUploadContentAsync(HttpContext context, LocalGraphRequest recorded, Match match, byte[] body)
    {
        if (!IsChannelFolder(match))
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "No such drive or folder.");
        }

        // The documented default of a simple upload replaces an existing file.
        var behavior = context.Request.Query[ConflictBehavior].FirstOrDefault() ?? "replace";
        var stored = Commit(match.Groups["name"].Value, body, behavior);
        return stored is null
            ? AnswerErrorAsync(context, recorded, 409, "nameAlreadyExists", "The specified item name already exists.")
            : AnswerJsonAsync(context, recorded, 201, DriveItemJson(stored));
    }

    private bool IsChannelFolder(Match match) =>
        match.Groups["drive"].Value == DriveId && match.Groups["parent"].Value == FolderId;

    /// <summary>Stores a completed file; null when the name is taken and the behaviour is "fail".</summary>
    private LocalGraphFile? Commit(string name, byte[] content, string conflictBehavior)
    {
        lock (_commitLock)
        {
            var storedName = name;
            if (_files.ContainsKey(name))
            {
                switch (conflictBehavior)
                {
                    case "fail":
                        return null;
                    case "rename":
                        // OneDrive and SharePoint append " 1", " 2", ... before the extension.
                        var extension = Path.GetExtension(name);
                        var stem = name[..^extension.Length];
                        var copy = 1;
                        while (_files.ContainsKey($"{stem} {copy}{extension}"))
                        {
                            copy++;
                        }

                        storedName = $"{stem} {copy}{extension}";
                        break;
                }
            }

            // "replace" keeps the drive item and adds a version, as SharePoint's version history does.
            var replaced = conflictBehavior == "replace" && _files.TryGetValue(storedName, out var previous) ? previous : null;
            var id = replaced?.Id ?? $"01ITEM{Interlocked.Increment(ref _nextItemId):D6}";
            var version = replaced is null ? 1 : int.Parse(replaced.ETag.Split(',')[1].TrimEnd('"'), System.Globalization.CultureInfo.InvariantCulture) + 1;
            var file = new LocalGraphFile(id, storedName, content, $"\"{{{id}}},{version}\"");
            _files[storedName] = file;
            return file;
        }
    }

    private Dictionary<string, object?> DriveItemJson(LocalGraphFile file) => new()
    {
        ["id"] = file.Id,
        ["name"] = file.Name,
        ["size"] = file.Content.LongLength,
        ["eTag"] = file.ETag,
        ["webUrl"] = $"{Origin}/sites/workshop/Shared%20Documents/General/{Uri.EscapeDataString(file.Name)}",
        ["file"] = new Dictionary<string, object?> { ["mimeType"] = "application/octet-stream" },
        ["parentReference"] = new Dictionary<string, object?> { ["driveId"] = DriveId, ["id"] = FolderId },
    };

    private static Task AnswerErrorAsync(HttpContext context, LocalGraphRequest recorded, int status, string code, string message) =>
        AnswerJsonAsync(context, recorded, status, new Dictionary<string, object?>
        {
            ["error"] = new Dictionary<string, object?> { ["code"] = code, ["message"] = message },
        });

    private static async Task AnswerJsonAsync(HttpContext context, LocalGraphRequest recorded, int status, object body)
    {
        recorded.StatusCode = status;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static string ExpiresIn(TimeSpan span) =>
        DateTimeOffset.UtcNow.Add(span).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}

/// <summary>A file stored in the local channel folder.</summary>
internal sealed record LocalGraphFile(string Id, string Name, byte[] Content, string ETag);
