namespace TeamsJourney.Documents.ReadModel;

/// <summary>The three horizontal lines of a service blueprint, each drawn between two lanes.</summary>
public enum BlueprintLine
{
    /// <summary>Between customer actions and frontstage: where the customer meets the organisation.</summary>
    Interaction,

    /// <summary>Between frontstage and backstage: what the customer can see.</summary>
    Visibility,

    /// <summary>Between backstage and support processes: hand-offs inside the organisation.</summary>
    InternalInteraction,
}
