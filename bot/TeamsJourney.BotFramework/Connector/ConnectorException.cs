using System.Net;

namespace TeamsJourney.BotFramework.Connector;

/// <summary>A Connector call that failed (after retries), or one refused before it was made.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a non-success HTTP answer.</summary>
    public ConnectorException(string message, HttpStatusCode statusCode, string? responseBodyExcerpt, TimeSpan? retryAfter = null)
        : base(message)
    {
        StatusCode = statusCode;
        ResponseBodyExcerpt = responseBodyExcerpt;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the failed call; null when the call was refused before sending.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The start of the response body, to tell e.g. a throttled call from a missing conversation.</summary>
    public string? ResponseBodyExcerpt { get; }

    /// <summary>How long the Connector asked us to wait (its Retry-After), when it said; a throttled thread waits this long.</summary>
    public TimeSpan? RetryAfter { get; }
}
