namespace TeamsJourney.Workshops.DataRights;

/// <summary>Whether a data-rights request (export, delete, audit) may go ahead.</summary>
public enum DataRightsOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>There is no workshop with that id.</summary>
    NotFound,

    /// <summary>Only the workshop's facilitators export, delete or read its audit trail.</summary>
    NotFacilitator,

    /// <summary>A deletion whose confirmation (the workshop's title, typed back) did not match: nothing was deleted.</summary>
    NotConfirmed,
}
