using System.Collections.Concurrent;
using System.Net;
using System.Text;
using TeamsJourney.Benchmarks.Tab;

namespace TeamsJourney.Benchmarks.Starts;

/// <summary>
/// A loopback stand-in for the Bot Connector that keeps what the bot sent into each conversation, so a run can
/// tell which thread was answered with what.
/// </summary>
internal sealed class RecordingConnector : IDisposable
{
    private const string ConversationsPath = "/v3/conversations/";
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _sent = new(StringComparer.Ordinal);
    private int _nextId;

    private RecordingConnector(Uri serviceUrl)
    {
        ServiceUrl = serviceUrl;
        _listener.Prefixes.Add(serviceUrl.ToString());
        _listener.Start();
        _loop = Task.Run(AnswerAllAsync);
    }

    public Uri ServiceUrl { get; }

    public static RecordingConnector Start() => new(new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"));

    /// <summary>The bodies the bot sent (posted or updated) into <paramref name="conversationId"/>, oldest first.</summary>
    public IReadOnlyList<string> SentTo(string conversationId) =>
        _sent.TryGetValue(conversationId, out var bodies) ? [.. bodies] : [];

    private async Task AnswerAllAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return; // Stopped on dispose.
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                if (ConversationOf(context.Request.Url!.AbsolutePath) is { } conversation)
                {
                    _sent.GetOrAdd(conversation, _ => new ConcurrentQueue<string>()).Enqueue(body);
                }
            }

            var answer = Encoding.UTF8.GetBytes($$"""{"id":"starts-activity-{{Interlocked.Increment(ref _nextId)}}"}""");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    // v3/conversations/{escaped id}/activities[/{activity id}]
    private static string? ConversationOf(string path)
    {
        var start = path.IndexOf(ConversationsPath, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = path[(start + ConversationsPath.Length)..];
        var end = rest.IndexOf("/activities", StringComparison.Ordinal);
        return Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
