namespace TeamsJourney.Domain.Consolidation;

/// <summary>A column of the consolidated map: the stage every group's aligned stages fall into.</summary>
/// <param name="Id">The stage id (the id of the group stage it was first seen as).</param>
/// <param name="Name">Its display name.</param>
/// <param name="Order">Zero-based position, left to right.</param>
public sealed record WorkshopStage(string Id, string Name, int Order);
