using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios;

public sealed partial class ScenarioScript
{
    /// <summary>The placeholder in blueprint and emotion texts replaced by the stage name.</summary>
    public const string StagePlaceholder = "{stage}";

    /// <summary>The camelCase name used for a lane in scripts and step ids, e.g. "painPoint".</summary>
    public static string NameOf(Lane lane) => CamelCase(lane.ToString());

    /// <summary>The camelCase name used for a persona field in scripts and step ids, e.g. "lifeContext".</summary>
    public static string NameOf(PersonaField field) => CamelCase(field.ToString());

    private List<ScenarioStep> ExpandSteps()
    {
        var steps = new List<ScenarioStep>();
        foreach (var prompt in Persona.Prompts)
        {
            steps.Add(NewStep(steps, $"persona.{NameOf(prompt.Field)}", StepKind.PersonaField, StepPhase.Persona, prompt.Text, prompt.Field.HoldsList(), prompt.Field.Label())
                with { PersonaField = prompt.Field });
        }

        foreach (var (stage, number) in Stages.Select((s, i) => (s, i + 1)))
        {
            foreach (var prompt in stage.Prompts)
            {
                steps.Add(StageStep(steps, StepPhase.Journey, stage, number, prompt));
            }

            if (Emotion is not null)
            {
                steps.Add(NewStep(steps, $"journey.{stage.Id}.emotion", StepKind.StageEmotion, StepPhase.Journey, ForStage(Emotion, stage), false, "Emotion")
                    with { StageId = stage.Id, StageName = stage.Name, StageNumber = number });
            }
        }

        foreach (var (stage, number) in Stages.Select((s, i) => (s, i + 1)))
        {
            foreach (var prompt in Blueprint?.Prompts ?? [])
            {
                steps.Add(StageStep(steps, StepPhase.Blueprint, stage, number, prompt));
            }
        }

        steps.Add(NewStep(steps, "initiatives.ideas", StepKind.InitiativeIdeas, StepPhase.Initiatives, Initiatives.Ideas, true, "Initiatives"));
        steps.Add(NewStep(steps, "initiatives.voting", StepKind.Voting, StepPhase.Initiatives, Initiatives.Voting.Text, true, "Votes"));
        if (Initiatives.ImpactEffort is not null)
        {
            steps.Add(NewStep(steps, "initiatives.impactEffort", StepKind.ImpactEffort, StepPhase.Initiatives, Initiatives.ImpactEffort, true, "Impact and effort"));
        }

        steps.Add(NewStep(steps, "review", StepKind.Review, StepPhase.Review, Review, false, "Review"));
        return steps;
    }

    private static ScenarioStep StageStep(List<ScenarioStep> steps, StepPhase phase, StageScript stage, int number, LanePrompt prompt)
    {
        var prefix = phase == StepPhase.Journey ? "journey" : "blueprint";
        return NewStep(steps, $"{prefix}.{stage.Id}.{NameOf(prompt.Lane)}", StepKind.StageItems, phase, ForStage(prompt.Text, stage), true, Maps.LaneCatalog.Label(prompt.Lane))
            with { StageId = stage.Id, StageName = stage.Name, StageNumber = number, Lane = prompt.Lane };
    }

    private static ScenarioStep NewStep(List<ScenarioStep> steps, string id, StepKind kind, StepPhase phase, PromptText text, bool allowsMultiple, string captures) => new()
    {
        Id = id,
        Index = steps.Count,
        Kind = kind,
        Phase = phase,
        Text = text,
        AllowsMultiple = allowsMultiple,
        Captures = captures,
    };

    private static PromptText ForStage(PromptText text, StageScript stage) => new(
        text.Question.Replace(StagePlaceholder, stage.Name, StringComparison.Ordinal),
        text.Hint?.Replace(StagePlaceholder, stage.Name, StringComparison.Ordinal),
        text.Example?.Replace(StagePlaceholder, stage.Name, StringComparison.Ordinal));

    private static string CamelCase(string name) => string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
}
