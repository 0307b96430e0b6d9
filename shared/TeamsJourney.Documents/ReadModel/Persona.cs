namespace TeamsJourney.Documents.ReadModel;

/// <summary>A persona the journey is mapped for.</summary>
/// <param name="Name">Display name, e.g. "Amira, working parent".</param>
/// <param name="Goals">What the persona wants to achieve.</param>
/// <param name="Motivations">Why they want it.</param>
/// <param name="Challenges">What gets in their way.</param>
/// <param name="LifeContext">Free text about their circumstances.</param>
public sealed record Persona(
    string Name,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Motivations,
    IReadOnlyList<string> Challenges,
    string LifeContext);
