namespace TeamsJourney.Domain.Maps;

/// <summary>A column of the map: one stage of the journey.</summary>
/// <param name="Id">Stable id from the scenario script.</param>
/// <param name="Name">Display name.</param>
/// <param name="Order">Zero-based position, left to right.</param>
/// <param name="Emotion">How the person feels here, from -2 (very negative) to +2 (very positive), once scored.</param>
public sealed record Stage(string Id, string Name, int Order, int? Emotion = null)
{
    /// <summary>The lowest emotion score.</summary>
    public const int MinEmotion = -2;

    /// <summary>The highest emotion score.</summary>
    public const int MaxEmotion = 2;

    /// <summary>True when <paramref name="score"/> is on the -2..+2 scale.</summary>
    public static bool IsValidEmotion(int score) => score is >= MinEmotion and <= MaxEmotion;
}
