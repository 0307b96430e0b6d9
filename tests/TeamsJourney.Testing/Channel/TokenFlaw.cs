namespace TeamsJourney.Testing.Channel;

/// <summary>What is wrong with a channel token, for the authentication matrix.</summary>
public enum TokenFlaw
{
    None,
    Expired,
    NotYetValid,
    WrongAudience,
    WrongIssuer,
    UnknownKey,
    BadSignature,
    AlgNone,
    ServiceUrlMismatch,

    /// <summary>Signed by a key the channel publishes with no <c>endorsements</c>: trusted for no channel.</summary>
    UnendorsedKey,
}
