namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// The address people reach this host on, for links in cards (downloads of generated documents).
/// Configured as <c>Host:PublicUrl</c>; otherwise taken from the request being served, which Teams
/// sends to the bot's public endpoint.
/// </summary>
internal sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http)
{
    public Uri BaseUrl()
    {
        if (configuration["Host:PublicUrl"] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var fromConfig))
        {
            return fromConfig;
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Set Host:PublicUrl: there is no request to take the public address from.");
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}
