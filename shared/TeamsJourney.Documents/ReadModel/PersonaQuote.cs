namespace TeamsJourney.Documents.ReadModel;

/// <summary>Words that put the persona's experience in their own voice, and where on the map they come from.</summary>
/// <param name="Text">The quote, as written on the map.</param>
/// <param name="Source">Where it was recorded, e.g. "Thoughts and feelings, stage 'Wait for the crew'".</param>
public sealed record PersonaQuote(string Text, string Source);
