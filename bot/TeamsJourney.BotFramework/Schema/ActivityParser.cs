using System.Text.Json;

namespace TeamsJourney.BotFramework.Schema;

/// <summary>Reads activities from request bodies, turning every malformed input into a clear error.</summary>
public static class ActivityParser
{
    /// <summary>Parses a UTF-8 JSON activity.</summary>
    public static ActivityParseResult TryParse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            return ActivityParseResult.Failure("The request body is empty; expected a JSON activity.");
        }

        if (JsonTextCheck.FindInvalidText(utf8Json) is { } invalidText)
        {
            return ActivityParseResult.Failure(invalidText);
        }

        try
        {
            var activity = JsonSerializer.Deserialize(utf8Json, ActivityJsonContext.Default.Activity);
            return Check(activity);
        }
        catch (JsonException ex)
        {
            return ActivityParseResult.Failure(Describe(ex));
        }
    }

    /// <summary>Parses a JSON activity from a stream (the stream is read to its end, not disposed).</summary>
    public static async ValueTask<ActivityParseResult> TryParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // Read whole so the text check and the parse see the same bytes.
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken);
        return TryParse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static ActivityParseResult Check(Activity? activity)
    {
        if (activity is null)
        {
            return ActivityParseResult.Failure("The request body is JSON null; expected an activity object.");
        }

        return string.IsNullOrWhiteSpace(activity.Type)
            ? ActivityParseResult.Failure("The activity has no 'type'.")
            : ActivityParseResult.Success(activity);
    }

    // The serializer's message names .NET types; the path and position are what a sender can act on.
    private static string Describe(JsonException ex) =>
        ex.LineNumber is { } line
            ? $"The request body is not a valid activity: malformed JSON or a wrongly typed member at {ex.Path ?? "$"} (line {line + 1}, byte {ex.BytePositionInLine})."
            : $"The request body is not a valid activity: {ex.Message}";
}
