namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// The Teams <c>msteams</c> card property. It is a host extension that the official 1.5 schema does not list,
/// so schema checks treat it separately.
/// </summary>
public sealed class TeamsCardProperties
{
    /// <summary>Cards that use the whole width of the conversation.</summary>
    public static TeamsCardProperties FullWidth => new() { Width = "Full" };

    /// <summary>The card width; Teams knows <c>Full</c>.</summary>
    public string? Width { get; init; }
}
