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

    private List<ScenarioStep> ExpandSteps(DepthChoice choice)
    {
        var steps = new List<ScenarioStep>();
        if (choice.Depth == ScenarioDepth.Mvp)
        {
            AddMvpJourney(steps);
        }
        else
        {
            AddFullJourney(steps);
        }

        AddBlueprint(steps, choice);
        steps.Add(NewStep(steps, "initiatives.ideas", StepKind.InitiativeIdeas, StepPhase.Initiatives, Initiatives.Ideas, true, "Initiatives"));
        steps.Add(NewStep(steps, "initiatives.voting", StepKind.Voting, StepPhase.Initiatives, Initiatives.Voting.Text, true, "Votes"));

        // Rating impact and effort is a second pass over the ideas: worth it in a long session, not in the hour.
        if (Initiatives.ImpactEffort is not null && choice.Depth == ScenarioDepth.Full)
        {
            steps.Add(NewStep(steps, "initiatives.impactEffort", StepKind.ImpactEffort, StepPhase.Initiatives, Initiatives.ImpactEffort, true, "Impact and effort"));
        }

        steps.Add(NewStep(steps, "review", StepKind.Review, StepPhase.Review, Review, false, "Review"));
        return steps;
    }

    private void AddFullJourney(List<ScenarioStep> steps)
    {
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
    }

    // MVP: the persona essentials on one card, then one card per stage with its lanes and emotion.
    private void AddMvpJourney(List<ScenarioStep> steps)
    {
        var personaInputs = Mvp.PersonaFields
            .Select(field => (field, prompt: Persona.Prompts.FirstOrDefault(p => p.Field == field)))
            .Select(p => new StepInput(NameOf(p.field), p.field.Label(), p.prompt?.Text.Question ?? p.field.Label(), p.prompt?.Text.Example) { PersonaField = p.field })
            .ToList();
        steps.Add(NewStep(steps, "persona", StepKind.MultiInput, StepPhase.Persona, Mvp.Persona, true, "Persona") with { Inputs = personaInputs });

        foreach (var (stage, number) in Stages.Select((s, i) => (s, i + 1)))
        {
            var inputs = MvpScript.JourneyLanes.Select(lane => LaneInput(lane, stage.Prompts.FirstOrDefault(p => p.Lane == lane), stage)).ToList();

            // The emotion sits after the thought, where a group talks about how the moment feels.
            var emotion = Emotion is null ? null : ForStage(Emotion, stage);
            inputs.Insert(inputs.FindIndex(i => i.Lane == Lane.Thought) + 1, new StepInput(StepInput.EmotionKey, "Emotion", emotion?.Question ?? "How do they feel at this stage?", null));
            steps.Add(NewStep(steps, $"journey.{stage.Id}", StepKind.MultiInput, StepPhase.Journey, ForStage(Mvp.Stage, stage), true, "Journey")
                with { StageId = stage.Id, StageName = stage.Name, StageNumber = number, Inputs = inputs });
        }
    }

    private void AddBlueprint(List<ScenarioStep> steps, DepthChoice choice)
    {
        // A script without a blueprint maps the journey only, at every depth.
        if (Blueprint is null)
        {
            return;
        }

        var lanes = choice.BlueprintLanes
            ?? (choice.Depth == ScenarioDepth.Mvp ? Mvp.BlueprintLanes : [.. Blueprint.Prompts.Select(p => p.Lane)]);
        foreach (var (stage, number) in Stages.Select((s, i) => (s, i + 1)))
        {
            if (choice.Depth == ScenarioDepth.Full)
            {
                foreach (var lane in lanes)
                {
                    var prompt = Blueprint.Prompts.FirstOrDefault(p => p.Lane == lane) ?? new LanePrompt(lane, new PromptText(MvpScript.DefaultQuestion(lane)));
                    steps.Add(StageStep(steps, StepPhase.Blueprint, stage, number, prompt));
                }

                continue;
            }

            var inputs = lanes.Select(lane => LaneInput(lane, Blueprint.Prompts.FirstOrDefault(p => p.Lane == lane), stage)).ToList();
            steps.Add(NewStep(steps, $"blueprint.{stage.Id}", StepKind.MultiInput, StepPhase.Blueprint, ForStage(Mvp.Blueprint, stage), true, "Blueprint")
                with { StageId = stage.Id, StageName = stage.Name, StageNumber = number, Inputs = inputs });
        }
    }

    private static StepInput LaneInput(Lane lane, LanePrompt? prompt, StageScript stage)
    {
        var text = prompt is null ? new PromptText(MvpScript.DefaultQuestion(lane)) : ForStage(prompt.Text, stage);
        return new StepInput(NameOf(lane), LaneCatalog.Label(lane), text.Question, text.Example) { Lane = lane };
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
