namespace TeamsJourney.Domain.Scenarios;

/// <summary>What a scenario step captures.</summary>
public enum StepKind
{
    /// <summary>One persona field (a name, a list of goals, ...).</summary>
    PersonaField,

    /// <summary>Items of one lane for one stage.</summary>
    StageItems,

    /// <summary>The emotion score (-2..+2) for one stage.</summary>
    StageEmotion,

    /// <summary>
    /// One card with several inputs (MVP depth): the persona essentials, or one stage's journey lanes and emotion,
    /// or its blueprint lanes. An answer records every filled input at once; see <see cref="ScenarioStep.Inputs"/>.
    /// </summary>
    MultiInput,

    /// <summary>Initiative ideas linked to pain points.</summary>
    InitiativeIdeas,

    /// <summary>Dot voting on initiatives.</summary>
    Voting,

    /// <summary>Impact and effort ratings of initiatives.</summary>
    ImpactEffort,

    /// <summary>The last step: look back over the map and finish.</summary>
    Review,
}

/// <summary>The part of the workshop a step belongs to.</summary>
public enum StepPhase
{
    Persona,
    Journey,
    Blueprint,
    Initiatives,
    Review,
}
