using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Edits;

/// <summary>A change that makes a tab edit lose: which field, and who made it.</summary>
internal sealed record ItemConflict(string Field, string Winner);

/// <summary>
/// The field-level rebase rule: an edit made on an older item version still applies when every change
/// since that version touched other fields; it loses when one changed the same field, when the item was
/// deleted, or when the edit is a delete of an item someone changed since.
/// </summary>
internal static class ItemHistory
{
    /// <summary>The events of one item, oldest first: the add (version 1), then one per version step, then any delete.</summary>
    public static IReadOnlyList<GroupEvent> Of(IEnumerable<GroupEvent> groupEvents, string itemId) =>
        [.. groupEvents.Where(e => ItemIdOf(e) == itemId)];

    /// <summary>True when the item was added and later deleted.</summary>
    public static bool WasDeleted(IReadOnlyList<GroupEvent> history) => history.Count > 0 && history[^1] is ItemDeleted;

    /// <summary>The change that beats an edit of <paramref name="op"/> made on <paramref name="baseVersion"/>, or null when it can be rebased.</summary>
    public static ItemConflict? ConflictFor(IReadOnlyList<GroupEvent> history, int baseVersion, string op)
    {
        // The add is version 1 and every later event but a delete raises it by one, so the events
        // after version b start at index b.
        var editedField = FieldOf(op);
        foreach (var change in history.Skip(baseVersion))
        {
            var field = FieldOf(change);
            if (change is ItemDeleted || op == EditOperations.Delete || field == editedField)
            {
                return new ItemConflict(field, change.Actor.DisplayName);
            }
        }

        return null;
    }

    private static string FieldOf(string op) => op switch
    {
        EditOperations.EditText => ItemFields.Text,
        EditOperations.Move => ItemFields.Position,
        EditOperations.SetEvidence => ItemFields.Evidence,
        _ => ItemFields.Deleted,
    };

    private static string FieldOf(GroupEvent change) => change switch
    {
        ItemEdited => ItemFields.Text,
        ItemMoved => ItemFields.Position,
        EvidenceSet => ItemFields.Evidence,
        _ => ItemFields.Deleted,
    };

    private static string? ItemIdOf(GroupEvent e) => e switch
    {
        ItemAdded a => a.ItemId,
        ItemEdited a => a.ItemId,
        ItemMoved a => a.ItemId,
        EvidenceSet a => a.ItemId,
        ItemDeleted a => a.ItemId,
        _ => null,
    };
}
