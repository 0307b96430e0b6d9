namespace TeamsJourney.Documents.ReadModel;

/// <summary>A persona the journey is mapped for.</summary>
/// <param name="Name">Display name, e.g. "Amira, working parent".</param>
/// <param name="Goals">What the persona wants to achieve.</param>
/// <param name="Motivations">Why they want it.</param>
/// <param name="Challenges">What gets in their way.</param>
/// <param name="LifeContext">Free text about their circumstances.</param>
/// <param name="Quote">A thought or feeling the group recorded in the persona's voice, if any.</param>
public sealed record Persona(
    string Name,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Motivations,
    IReadOnlyList<string> Challenges,
    string LifeContext,
    PersonaQuote? Quote = null)
{
    /// <summary>True when the group recorded nothing about the persona beyond a name.</summary>
    public bool IsBlank => Goals.Count == 0 && Motivations.Count == 0 && Challenges.Count == 0 && string.IsNullOrWhiteSpace(LifeContext);
}
