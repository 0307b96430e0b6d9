using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Groups;

/// <summary>
/// Keeps an answer typed on a card the group has since moved past: when the card's step collects entries into a
/// stage and lane, the text is saved there (the step it was written for), with the tab's add. Anything else (a
/// persona field, an unknown step) is not saved, and the caller offers the text back. A multi-input card keeps every
/// box it had filled in the step it was written for.
/// </summary>
public sealed class SaveOutdatedAnswer
{
    private readonly WorkshopRepository _repository;
    private readonly RunGroupCommand _commands;

    internal SaveOutdatedAnswer(WorkshopRepository repository, RunGroupCommand commands)
    {
        _repository = repository;
        _commands = commands;
    }

    /// <summary>Saves <paramref name="answer"/> into step <paramref name="stepId"/>'s stage and lane, or returns null when that step takes no such entry.</summary>
    public async Task<GroupCommandResult?> SaveAsync(
        ConversationGroup group, string stepId, Answer answer, Participant participant, string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(answer);
        var session = await _repository.LoadGroupAsync(group.WorkshopId, group.GroupId, cancellationToken);
        var step = session?.Script.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is not { StageId: { } stageId, Lane: { } lane })
        {
            return null;
        }

        var result = await _commands.RunAsync(
            group, new AddItem(stageId, lane, answer.Text, answer.Channel, answer.EvidenceKind, answer.EvidenceSource), participant, deliveryKey, cancellationToken: cancellationToken);
        return result.Outcome is GroupCommandOutcome.Applied or GroupCommandOutcome.Duplicate ? result : null;
    }

    /// <summary>
    /// Saves what was typed on a multi-input card (the MVP depth's cards) into the step <paramref name="stepId"/> it was
    /// written for: a stage's items into that stage, persona fields into the persona, all or nothing, and the group
    /// stays where it is. Returns null when nothing could be kept (every box empty, or the step is gone).
    /// </summary>
    public async Task<GroupCommandResult?> SaveInputsAsync(
        ConversationGroup group, string stepId, AnswerInputs inputs, Participant participant, string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(inputs);
        var result = await _commands.RunAsync(group, inputs with { ForStepId = stepId, MoveOn = false }, participant, deliveryKey, cancellationToken: cancellationToken);
        return result.Outcome is GroupCommandOutcome.Applied or GroupCommandOutcome.Duplicate ? result : null;
    }
}
