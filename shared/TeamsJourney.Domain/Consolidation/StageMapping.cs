namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// The facilitator's decision that one group's stage is the same moment as a workshop stage. Groups on the same
/// scenario share stage ids and need none; custom scripts use these to line their stages up.
/// </summary>
/// <param name="GroupId">The group whose stage is mapped.</param>
/// <param name="GroupStageId">The stage id on that group's map.</param>
/// <param name="WorkshopStageId">The workshop stage it belongs to (a stage id of any group).</param>
public sealed record StageMapping(string GroupId, string GroupStageId, string WorkshopStageId);
