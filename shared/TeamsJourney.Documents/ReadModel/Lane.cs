namespace TeamsJourney.Documents.ReadModel;

/// <summary>A row of the journey map or of the service blueprint.</summary>
public enum Lane
{
    /// <summary>What the customer does; shown on both the map and the blueprint.</summary>
    CustomerAction,

    /// <summary>Where the customer meets the service.</summary>
    Touchpoint,

    /// <summary>What the customer thinks or feels.</summary>
    Thought,

    /// <summary>What goes wrong for the customer.</summary>
    PainPoint,

    /// <summary>An idea to do better.</summary>
    Opportunity,

    /// <summary>Things the customer sees or holds (letters, web pages, bins).</summary>
    PhysicalEvidence,

    /// <summary>Staff actions the customer sees.</summary>
    Frontstage,

    /// <summary>Staff actions the customer does not see.</summary>
    Backstage,

    /// <summary>Systems, contracts and teams that make the backstage work.</summary>
    SupportProcess,

    /// <summary>How long a stage takes.</summary>
    Time,

    /// <summary>Who owns a stage.</summary>
    Owner,
}
