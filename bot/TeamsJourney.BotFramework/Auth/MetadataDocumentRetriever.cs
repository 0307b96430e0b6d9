using Microsoft.IdentityModel.Protocols;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>
/// Fetches OpenID metadata and key documents through <see cref="IHttpClientFactory"/>, so handler lifetimes and
/// DNS changes are managed by the factory rather than by a long-lived client.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    /// <summary>The named HttpClient used for metadata.</summary>
    public const string HttpClientName = "TeamsJourney.BotFramework.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"The metadata address '{address}' is not an absolute URL.");
        }

        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"The metadata address '{address}' must use https.");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException($"Fetching metadata from '{address}' failed with HTTP {(int)response.StatusCode}.");
        }

        return body;
    }
}
