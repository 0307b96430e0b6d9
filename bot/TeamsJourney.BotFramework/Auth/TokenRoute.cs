namespace TeamsJourney.BotFramework.Auth;

/// <summary>Where a token's keys come from and which issuers are valid for it.</summary>
internal sealed record TokenRoute(bool IsChannelToken, string MetadataUrl, IReadOnlyList<string> ValidIssuers);
