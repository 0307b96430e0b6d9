namespace TeamsJourney.Documents.ReadModel;

/// <summary>A column of the journey map.</summary>
/// <param name="Name">Stage name, unique within its group; items refer to it by this name.</param>
/// <param name="Order">Sort key of the column.</param>
/// <param name="Emotion">How the customer feels at this stage, from -2 (very negative) to +2 (very positive); null when not rated.</param>
public sealed record JourneyStage(string Name, int Order, int? Emotion)
{
    /// <summary>Lowest emotion score.</summary>
    public const int MinEmotion = -2;

    /// <summary>Highest emotion score.</summary>
    public const int MaxEmotion = 2;
}
