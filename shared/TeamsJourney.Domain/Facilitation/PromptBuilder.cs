using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>Builds the <see cref="Prompt"/> for a session and user.</summary>
internal static class PromptBuilder
{
    public static Prompt Build(GroupSession session, string userId)
    {
        var step = session.CurrentStep;
        var map = session.Map;
        var active = session.IsStarted && !session.IsFinished && !session.IsPaused;
        var prompt = new Prompt
        {
            StepId = session.IsStarted ? step.Id : "start",
            Kind = step.Kind,
            Phase = step.Phase,
            Title = TitleOf(session),
            Question = step.Text.Question,
            Hint = step.Text.Hint,
            Example = step.Text.Example,
            Progress = new StepProgress(step.Index + 1, session.Steps.Count),
            Depth = session.Depth.Depth,
            StageId = step.StageId,
            Lane = step.Lane,
            PersonaField = step.PersonaField,
            DotsPerPerson = session.Script.Initiatives.Voting.DotsPerPerson,
            RemainingDots = session.RemainingDots(userId),
            CanGoBack = active && step.Index > 0,
            CanSkip = active && step.CanSkip,
            AllowsMultiple = step.AllowsMultiple,
            IsStarted = session.IsStarted,
            IsPaused = session.IsPaused,
            IsFinished = session.IsFinished,
        };

        if (!session.IsStarted)
        {
            return prompt with { Question = session.Script.Summary, Hint = "Start the group to begin.", Example = null };
        }

        return step.Kind switch
        {
            StepKind.PersonaField => prompt with { CapturedTexts = map.Persona.Entries(step.PersonaField!.Value) },
            StepKind.StageItems => prompt with { CapturedItems = ItemsOf(map, step) },
            StepKind.StageEmotion => prompt with { Emotion = map.FindStage(step.StageId!)?.Emotion },
            StepKind.MultiInput => prompt with { Inputs = InputsOf(map, step) },
            StepKind.InitiativeIdeas or StepKind.Voting or StepKind.ImpactEffort or StepKind.Review =>
                prompt with { PainPoints = PainPointsOf(map), Initiatives = InitiativesOf(map, userId) },
            _ => prompt,
        };
    }

    private static string TitleOf(GroupSession session)
    {
        var step = session.CurrentStep;
        var stageCount = session.Script.Stages.Count;
        if (!session.IsStarted)
        {
            return session.Script.Title;
        }

        if (session.IsFinished)
        {
            return $"Finished: {session.Script.Title}";
        }

        if (step.Kind == StepKind.MultiInput)
        {
            return step.Phase switch
            {
                StepPhase.Persona => "Persona",
                StepPhase.Journey => $"Stage {step.StageNumber} of {stageCount}: {step.StageName}",
                _ => $"Blueprint, stage {step.StageNumber} of {stageCount}: {step.StageName}",
            };
        }

        return step.Phase switch
        {
            StepPhase.Persona => $"Persona: {step.Captures}",
            StepPhase.Journey => $"Stage {step.StageNumber} of {stageCount}: {step.StageName} — {step.Captures}",
            StepPhase.Blueprint => $"Blueprint, stage {step.StageNumber} of {stageCount}: {step.StageName} — {step.Captures}",
            StepPhase.Initiatives => step.Kind switch
            {
                StepKind.InitiativeIdeas => "Initiatives: ideas",
                StepKind.Voting => "Initiatives: dot voting",
                _ => "Initiatives: impact and effort",
            },
            _ => "Review and finish",
        };
    }

    private static List<PromptItem> ItemsOf(JourneyMap map, ScenarioStep step) =>
        [.. map.ItemsIn(step.StageId!, step.Lane!.Value).Select(ToPromptItem)];

    private static PromptItem ToPromptItem(MapItem item) => new(item.Id, item.Text, item.AuthorName, item.Version, item.Channel, item.Evidence);

    private static List<PromptInput> InputsOf(JourneyMap map, ScenarioStep step) =>
        [.. step.Inputs.Select(input => new PromptInput(
            input,
            input.Lane is { } lane && step.StageId is { } stageId
                ? new ProjectedList<MapItem, PromptItem>(map.ItemsIn(stageId, lane), ToPromptItem)
                : [],
            input.PersonaField is { } field ? map.Persona.Entries(field) : [],
            input.IsEmotion ? map.FindStage(step.StageId!)?.Emotion : null))];

    private static List<PainPointOption> PainPointsOf(JourneyMap map) =>
        [.. map.PainPoints.Select(p => new PainPointOption(p.Id, p.Text, map.FindStage(p.StageId)?.Name ?? p.StageId))];

    private static List<InitiativeOption> InitiativesOf(JourneyMap map, string userId) =>
        [.. map.Initiatives.Select(i => new InitiativeOption(
            i.Id,
            i.Title,
            i.Description,
            i.Votes,
            i.VoterIds.Contains(userId),
            i.Impact,
            i.Effort,
            [.. i.PainPointIds.Select(id => map.FindItem(id)?.Text).OfType<string>()]))];
}
