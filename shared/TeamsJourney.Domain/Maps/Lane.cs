namespace TeamsJourney.Domain.Maps;

/// <summary>A horizontal row of the journey map or service blueprint.</summary>
public enum Lane
{
    /// <summary>What the person does.</summary>
    CustomerAction,

    /// <summary>Where the person meets the service (see <see cref="TouchpointChannel"/>).</summary>
    Touchpoint,

    /// <summary>What the person thinks or feels.</summary>
    Thought,

    /// <summary>What goes wrong or frustrates.</summary>
    PainPoint,

    /// <summary>An idea to make the moment better.</summary>
    Opportunity,

    /// <summary>What the person sees or holds: letters, web pages, bins, badges.</summary>
    PhysicalEvidence,

    /// <summary>What staff do that the person sees.</summary>
    Frontstage,

    /// <summary>What staff do that the person does not see.</summary>
    Backstage,

    /// <summary>Systems, contracts and teams that make the backstage possible.</summary>
    SupportProcess,

    /// <summary>How long the moment takes or waits.</summary>
    Time,

    /// <summary>Who owns the moment inside the organisation.</summary>
    Owner,
}
