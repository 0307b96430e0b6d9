using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// Builds the Graph SDK's HttpClient pipeline with its retry handler tuned by options. The SDK's RetryHandler already
/// retries 429, 503 and 504 and waits for Retry-After (seconds or an HTTP date) before falling back to exponential
/// back-off, so retries stay a pipeline concern rather than loops at call sites.
/// </summary>
internal static class GraphHttpPipeline
{
    public static HttpClient Create(SharePointPublisherOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
        });
        var index = handlers.ToList().FindIndex(handler => handler is RetryHandler);
        if (index >= 0)
        {
            handlers[index] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        return GraphClientFactory.Create(handlers);
    }
}
