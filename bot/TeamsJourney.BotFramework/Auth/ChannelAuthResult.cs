using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace TeamsJourney.BotFramework.Auth;

/// <summary>The outcome of validating an inbound request's bearer token.</summary>
public sealed record ChannelAuthResult
{
    private ChannelAuthResult(bool succeeded, bool isAnonymous, ClaimsIdentity? claimsIdentity, string? failureReason)
    {
        Succeeded = succeeded;
        IsAnonymous = isAnonymous;
        ClaimsIdentity = claimsIdentity;
        FailureReason = failureReason;
    }

    /// <summary>
    /// Local development (no app id configured): the request is accepted without a token, as Microsoft's local
    /// clients expect. Outbound calls are then limited to loopback service URLs.
    /// </summary>
    public static ChannelAuthResult Anonymous { get; } = new(true, true, null, null);

    /// <summary>Whether the request may be processed.</summary>
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded { get; }

    /// <summary>Whether the request was accepted without a token (local development).</summary>
    public bool IsAnonymous { get; }

    /// <summary>The validated token's claims; null when anonymous or failed.</summary>
    public ClaimsIdentity? ClaimsIdentity { get; }

    /// <summary>Why the token was rejected (for logs; never echo token contents to callers).</summary>
    public string? FailureReason { get; }

    /// <summary>A validated token.</summary>
    public static ChannelAuthResult Success(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(true, false, identity, null);
    }

    /// <summary>A rejected request.</summary>
    public static ChannelAuthResult Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(false, false, null, reason);
    }
}
