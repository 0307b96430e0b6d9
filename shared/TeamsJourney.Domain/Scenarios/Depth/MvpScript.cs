using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>
/// What a script says about its MVP depth: the words on the persona, stage and blueprint cards, the persona
/// fields asked for and the blueprint lanes asked for unless the facilitator chooses others. Every part has a
/// default, so a script without an "mvp" section still runs at MVP depth.
/// </summary>
/// <param name="Persona">The persona card's question ("{stage}" is not used here).</param>
/// <param name="PersonaFields">The persona fields on that card, in order.</param>
/// <param name="Stage">Each stage card's question; "{stage}" is replaced by the stage name.</param>
/// <param name="Blueprint">Each blueprint card's question; "{stage}" is replaced by the stage name.</param>
/// <param name="BlueprintLanes">The blueprint lanes asked for by default.</param>
public sealed record MvpScript(
    PromptText Persona, IReadOnlyList<PersonaField> PersonaFields, PromptText Stage, PromptText Blueprint, IReadOnlyList<Lane> BlueprintLanes)
{
    /// <summary>
    /// The journey lanes on an MVP stage card, in the order a moment is read. The pain point is always asked:
    /// ideas are linked to pain points, so a stage card must never leave them behind.
    /// </summary>
    public static IReadOnlyList<Lane> JourneyLanes { get; } = [Lane.CustomerAction, Lane.Touchpoint, Lane.Thought, Lane.PainPoint];

    /// <summary>The persona fields asked for when a script does not say.</summary>
    public static IReadOnlyList<PersonaField> DefaultPersonaFields { get; } =
        [PersonaField.Name, PersonaField.LifeContext, PersonaField.Goals, PersonaField.Challenges];

    /// <summary>The blueprint essentials: what staff do in front of the person, behind the scenes, and what supports them.</summary>
    public static IReadOnlyList<Lane> DefaultBlueprintLanes { get; } = [Lane.Frontstage, Lane.Backstage, Lane.SupportProcess];

    /// <summary>The MVP section a script gets when it has none.</summary>
    public static MvpScript Default { get; } = new(
        new PromptText("Who is the person at the centre of this journey?", "Fill in what the group agrees on; you can add more later in the map tab."),
        DefaultPersonaFields,
        new PromptText(
            "Walk through '{stage}' as the person lives it.",
            "Fill in what you know and leave the rest empty. Say whether each entry is a fact or an assumption, and where it comes from. Pain points are what the ideas will fix."),
        new PromptText("Behind '{stage}': what does the service do?", "What staff do in front of the person, what happens out of sight, and what supports it."),
        DefaultBlueprintLanes);

    /// <summary>The question asked for a lane on a card when the script has no prompt of its own for it.</summary>
    public static string DefaultQuestion(Lane lane) => lane switch
    {
        Lane.CustomerAction => "What does the person do?",
        Lane.Touchpoint => "Where do they meet the service, and through which channel?",
        Lane.Thought => "What are they thinking or feeling?",
        Lane.PainPoint => "What goes wrong or frustrates them?",
        Lane.Opportunity => "What could make this moment better?",
        Lane.PhysicalEvidence => "What do they see, hold or receive?",
        Lane.Frontstage => "What do staff do that the person can see or hear?",
        Lane.Backstage => "What do staff do that the person can't see?",
        Lane.SupportProcess => "Which systems, suppliers or other teams support the work?",
        Lane.Time => "How long does it take, or how long do they wait?",
        Lane.Owner => "Who owns this moment inside the organisation?",
        _ => LaneCatalog.Label(lane),
    };
}

/// <summary>One box on a card with several inputs: a lane of the stage, a persona field or the stage's emotion.</summary>
/// <param name="Key">The input's name on the card and in answers: the lane or field name ("painPoint", "lifeContext") or "emotion".</param>
/// <param name="Label">A short label, e.g. "Pain points".</param>
/// <param name="Question">What the box asks.</param>
/// <param name="Example">A sample answer, or null.</param>
public sealed record StepInput(string Key, string Label, string Question, string? Example)
{
    /// <summary>The key of the emotion input.</summary>
    public const string EmotionKey = "emotion";

    /// <summary>For lane inputs: the lane an answer adds an item to.</summary>
    public Lane? Lane { get; init; }

    /// <summary>For persona inputs: the field answered.</summary>
    public PersonaField? PersonaField { get; init; }

    /// <summary>True for the stage's emotion (-2..+2).</summary>
    public bool IsEmotion => Key == EmotionKey;

    /// <summary>Touchpoints say how the person is reached.</summary>
    public bool TakesChannel => Lane == Maps.Lane.Touchpoint;

    /// <summary>Map items carry fact or assumption and a source.</summary>
    public bool TakesEvidence => Lane is not null;
}
