using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios;

/// <summary>The words shown for one step: the question, a hint and an example answer.</summary>
/// <param name="Question">What the group is asked.</param>
/// <param name="Hint">Guidance shown under the question.</param>
/// <param name="Example">A sample answer.</param>
public sealed record PromptText(string Question, string? Hint = null, string? Example = null);

/// <summary>A question about one persona field.</summary>
public sealed record PersonaPrompt(PersonaField Field, PromptText Text);

/// <summary>How the script introduces the persona and what it asks about them.</summary>
/// <param name="SuggestedName">A name the group may use, e.g. "Maureen".</param>
/// <param name="Description">A sentence setting the scene.</param>
/// <param name="Prompts">The persona questions, in order.</param>
public sealed record PersonaScript(string? SuggestedName, string? Description, IReadOnlyList<PersonaPrompt> Prompts);

/// <summary>A question that fills one lane.</summary>
public sealed record LanePrompt(Lane Lane, PromptText Text);

/// <summary>One stage of the scripted journey and its lane questions.</summary>
public sealed record StageScript(string Id, string Name, string? Description, IReadOnlyList<LanePrompt> Prompts);

/// <summary>The blueprint phase: lane questions asked for every stage; "{stage}" in a text is replaced by the stage name.</summary>
public sealed record BlueprintScript(IReadOnlyList<LanePrompt> Prompts);

/// <summary>Dot voting settings.</summary>
/// <param name="DotsPerPerson">How many dots each participant may place (default 3).</param>
/// <param name="Text">The voting instructions.</param>
public sealed record VotingScript(int DotsPerPerson, PromptText Text)
{
    /// <summary>The default number of dots per person.</summary>
    public const int DefaultDotsPerPerson = 3;

    /// <summary>The most dots per person a script may allow.</summary>
    public const int MaxDotsPerPerson = 10;
}

/// <summary>The initiative phase: ideas, dot voting and optionally an impact/effort rating.</summary>
public sealed record InitiativesScript(PromptText Ideas, VotingScript Voting, PromptText? ImpactEffort);
