namespace TeamsJourney.Documents.ReadModel;

/// <summary>One sticky note on the map or blueprint.</summary>
/// <param name="Id">Identifier unique within the group; initiatives link pain points by it.</param>
/// <param name="Stage">Name of the <see cref="JourneyStage"/> the item sits in.</param>
/// <param name="Lane">The row it sits in.</param>
/// <param name="Text">What the participant wrote.</param>
/// <param name="Channel">Channel it happens in (web, phone, letter...), if known.</param>
/// <param name="Evidence">
/// Whether it is a fact or an assumption, and where it comes from; null when nobody recorded either, which the
/// documents show as "not recorded" rather than guessing one.
/// </param>
public sealed record MapItem(string Id, string Stage, Lane Lane, string Text, string? Channel, Evidence? Evidence);
