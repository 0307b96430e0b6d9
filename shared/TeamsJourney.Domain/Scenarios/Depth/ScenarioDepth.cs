namespace TeamsJourney.Domain.Scenarios;

/// <summary>How deep a group goes into a scenario: the cards it is shown from start to votes.</summary>
public enum ScenarioDepth
{
    /// <summary>
    /// The minimum viable map that fits a 45-60 minute breakout: one persona card, one card per journey stage
    /// (action, touchpoint and channel, thought, emotion, pain point), one blueprint card per stage, ideas and dots.
    /// </summary>
    Mvp,

    /// <summary>Every lane of every stage on its own card, as the script lists them.</summary>
    Full,
}
