namespace TeamsJourney.Domain.Planning;

/// <summary>Where an initiative is on the way from idea to done.</summary>
public enum InitiativeStatus
{
    /// <summary>Put forward by a group; not yet agreed.</summary>
    Proposed,

    /// <summary>Agreed by the workshop, with an owner and a date.</summary>
    Agreed,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Delivered.</summary>
    Done,
}
