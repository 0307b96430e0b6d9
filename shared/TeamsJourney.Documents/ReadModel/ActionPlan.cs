namespace TeamsJourney.Documents.ReadModel;

/// <summary>
/// What was agreed to take an initiative forward. Each part stays null until someone agrees it; the documents then
/// say "not agreed yet" rather than inventing an owner, a date or a measure.
/// </summary>
/// <param name="Owner">Who takes it forward.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Measure">How success will be measured.</param>
public sealed record ActionPlan(string? Owner, DateOnly? Due, string? Measure);
