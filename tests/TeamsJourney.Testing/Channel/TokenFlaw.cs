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
}
