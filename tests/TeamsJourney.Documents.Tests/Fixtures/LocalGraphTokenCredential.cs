using System.Collections.Concurrent;
using Azure.Core;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>A credential that hands out one fixed token and remembers which scopes were asked for.</summary>
internal sealed class LocalGraphTokenCredential : TokenCredential
{
    public const string Token = "local-graph-test-token";

    public ConcurrentQueue<string> RequestedScopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            RequestedScopes.Enqueue(scope);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
