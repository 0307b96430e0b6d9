using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TeamsJourney.Documents.Tests.Fixtures;

internal sealed partial class LocalGraphServer
{
    private const int FragmentUnit = 320 * 1024;
    private const int MaxFragment = 60 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, UploadSessionState> _sessions = new();

    /// <summary>How many upload sessions are open (neither completed nor cancelled).</summary>
    public int OpenSessionCount => _sessions.Count;

    private Task AnswerCreateUploadSessionAsync(HttpContext context, LocalGraphRequest recorded, Match match, byte[] body)
    {
        if (!IsChannelFolder(match))
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "No such drive or folder.");
        }

        var name = match.Groups["name"].Value;
        var behavior = "fail";
        if (body.Length > 0)
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("item", out var item))
            {
                // Graph: the {item-path} must contain the name given in the body.
                if (item.TryGetProperty("name", out var bodyName) && bodyName.GetString() != name)
                {
                    return AnswerErrorAsync(context, recorded, 400, "invalidRequest", "item.name differs from the path.");
                }

                if (item.TryGetProperty(ConflictBehavior, out var conflict))
                {
                    behavior = conflict.GetString() ?? behavior;
                }
            }
        }

        var session = new UploadSessionState(Guid.NewGuid().ToString("N"), name, behavior);
        _sessions[session.Id] = session;

        // As in the documented response, nextExpectedRanges is left out of a fresh session.
        return AnswerJsonAsync(context, recorded, 200, new Dictionary<string, object?>
        {
            ["uploadUrl"] = $"{Origin}/upload/{session.Id}",
            ["expirationDateTime"] = ExpiresIn(TimeSpan.FromHours(1)),
        });
    }

    private Task AnswerChunkAsync(HttpContext context, LocalGraphRequest recorded, Match match, byte[] body)
    {
        if (!_sessions.TryGetValue(match.Groups["session"].Value, out var session))
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "The upload session does not exist.");
        }

        var range = LocalGraphContentRange.Parse(recorded.ContentRange);
        if (range is not var (start, end, total) || end < start || end >= total)
        {
            return AnswerErrorAsync(context, recorded, 400, "invalidRequest", "Content-Range must be 'bytes start-end/total'.");
        }

        var length = end - start + 1;
        if (recorded.ContentLength != length || body.Length != length)
        {
            return AnswerErrorAsync(context, recorded, 400, "invalidRequest", "Content-Length must match the Content-Range.");
        }

        if (length >= MaxFragment)
        {
            return AnswerErrorAsync(context, recorded, 413, "requestTooLarge", "Fragments must be smaller than 60 MiB.");
        }

        lock (session)
        {
            if (session.Total is { } known && known != total)
            {
                return AnswerErrorAsync(context, recorded, 400, "invalidRequest", "The total size changed between fragments.");
            }

            if (start != session.Received.Length)
            {
                // Graph answers 416 for a fragment it already has (or one out of order).
                return AnswerErrorAsync(context, recorded, 416, "invalidRange", $"Expected a fragment starting at {session.Received.Length}.");
            }

            if (end + 1 < total && length % FragmentUnit != 0)
            {
                return AnswerErrorAsync(context, recorded, 400, "invalidRequest", "Fragment sizes must be multiples of 320 KiB.");
            }

            session.Total = total;
            session.Received.Write(body);
            if (session.Received.Length < total)
            {
                return AnswerJsonAsync(context, recorded, 202, SessionStatusJson(session));
            }

            _sessions.TryRemove(session.Id, out _);
            var stored = Commit(session.FileName, session.Received.ToArray(), session.ConflictBehavior);
            return stored is null
                ? AnswerErrorAsync(context, recorded, 409, "nameAlreadyExists", "Another file exists with the same name as the uploaded session.")
                : AnswerJsonAsync(context, recorded, 201, DriveItemJson(stored));
        }
    }

    private Task AnswerSessionStatusAsync(HttpContext context, LocalGraphRequest recorded, Match match)
    {
        if (!_sessions.TryGetValue(match.Groups["session"].Value, out var session))
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "The upload session does not exist.");
        }

        lock (session)
        {
            return AnswerJsonAsync(context, recorded, 200, SessionStatusJson(session));
        }
    }

    private Task AnswerCancelSessionAsync(HttpContext context, LocalGraphRequest recorded, Match match)
    {
        if (!_sessions.TryRemove(match.Groups["session"].Value, out _))
        {
            return AnswerErrorAsync(context, recorded, 404, "itemNotFound", "The upload session does not exist.");
        }

        recorded.StatusCode = 204;
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static Dictionary<string, object?> SessionStatusJson(UploadSessionState session) => new()
    {
        ["expirationDateTime"] = ExpiresIn(TimeSpan.FromHours(1)),
        ["nextExpectedRanges"] = new[] { $"{session.Received.Length}-" },
    };

    private sealed class UploadSessionState(string id, string fileName, string conflictBehavior)
    {
        public string Id { get; } = id;

        public string FileName { get; } = fileName;

        public string ConflictBehavior { get; } = conflictBehavior;

        public MemoryStream Received { get; } = new();

        public long? Total { get; set; }
    }
}
