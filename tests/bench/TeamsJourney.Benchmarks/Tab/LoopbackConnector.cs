using System.Net;
using System.Text;

namespace TeamsJourney.Benchmarks.Tab;

/// <summary>
/// The serviceUrl the seeding activities name: a loopback stand-in for the Bot Connector that accepts the
/// bot's replies (the cards it sends or updates) and answers with an activity id, as the real one does.
/// </summary>
internal sealed class LoopbackConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _nextId;
    private int _abandoned;

    private LoopbackConnector(Uri serviceUrl)
    {
        ServiceUrl = serviceUrl;
        _listener.Prefixes.Add(serviceUrl.ToString());
        _listener.Start();
        _loop = Task.Run(AnswerAllAsync);
    }

    public Uri ServiceUrl { get; }

    public int CallsAnswered => _nextId;

    public static LoopbackConnector Start() => new(new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"));

    private async Task AnswerAllAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException) when (!_listener.IsListening)
            {
                return; // Stopped on dispose.
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = AnswerAsync(context);
        }
    }

    // Each call is answered on its own, so one slow reader never holds up the host's other replies. A host that is
    // stopped (or killed) between sending a reply and reading the answer leaves a broken pipe: that is the host's
    // business, not a failure of the run, so it is counted and the loop goes on.
    private async Task AnswerAsync(HttpListenerContext context)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"id":"bench-activity-{{Interlocked.Increment(ref _nextId)}}"}""");
        try
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            Interlocked.Increment(ref _abandoned);
        }
    }

    /// <summary>Replies whose caller hung up before reading the answer (a host stopped mid-send).</summary>
    public int CallsAbandoned => _abandoned;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
