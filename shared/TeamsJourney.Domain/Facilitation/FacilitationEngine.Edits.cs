using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Domain.Facilitation;

public static partial class FacilitationEngine
{
    private static Plan PlanEdit(GroupSession state, ItemEditCommand command, Stamp stamp)
    {
        var item = state.Map.FindItem(command.ItemId ?? string.Empty);
        if (item is null)
        {
            return Plan.Reject("That item is no longer on the map; someone may have deleted it.");
        }

        // Events carry no version: the check belongs to the decision, replay just counts up.
        if (command.ExpectedVersion is { } expected && expected != item.Version)
        {
            return Plan.Reject($"Someone else changed this item (now version {item.Version}, you edited version {expected}); reload it and try again.");
        }

        return command switch
        {
            EditItem c => Plan.Emit(new ItemEdited
            {
                Actor = stamp.Actor,
                OccurredAt = stamp.At,
                ItemId = item.Id,
                Text = TextAnswer.Require(c.Text, "item text"),
            }),
            MoveItem c => Plan.Emit(new ItemMoved { Actor = stamp.Actor, OccurredAt = stamp.At, ItemId = item.Id, StageId = c.StageId, Lane = c.Lane }),
            DeleteItem => Plan.Emit(new ItemDeleted { Actor = stamp.Actor, OccurredAt = stamp.At, ItemId = item.Id }),
            SetEvidence c => Plan.Emit(new EvidenceSet
            {
                Actor = stamp.Actor,
                OccurredAt = stamp.At,
                ItemId = item.Id,
                Kind = c.Kind,
                Source = TextAnswer.Optional(c.Source, "evidence source", Maps.Evidence.MaxSourceLength),
            }),
            _ => Plan.Reject($"The edit {command.GetType().Name} is not supported."),
        };
    }

    // The map itself checks the stage, lane, channel and cell limit when the event is applied.
    private static Plan PlanAdd(AddItem command, CommandContext context, Stamp stamp) => Plan.Emit(new ItemAdded
    {
        Actor = stamp.Actor,
        OccurredAt = stamp.At,
        ItemId = context.NewId(),
        StageId = command.StageId ?? string.Empty,
        Lane = command.Lane,
        Text = TextAnswer.Require(command.Text, "item text"),
        Channel = command.Channel,
        EvidenceKind = command.EvidenceKind,
        EvidenceSource = command.EvidenceSource,
    });
}
