using TeamsJourney.Tabs.Snapshots;

namespace TeamsJourney.Tabs.Edits;

/// <summary>What became of a tab edit.</summary>
public abstract record EditOutcome
{
    private protected EditOutcome()
    {
    }
}

/// <summary>Stored (or already stored under the same clientEditId: <see cref="Duplicate"/>).</summary>
public sealed record EditApplied(long Version, ItemSnapshot? Item, InitiativeSnapshot? Initiative, bool Duplicate) : EditOutcome;

/// <summary>Someone changed the same field first (or deleted the item): the first stored write won.</summary>
public sealed record EditConflict(ItemSnapshot? Current, string ConflictingField, string Winner, string Detail) : EditOutcome;

/// <summary>The request is malformed or the rules refuse it.</summary>
public sealed record EditInvalid(string Detail) : EditOutcome;

/// <summary>The group or item does not exist.</summary>
public sealed record EditNotFound(string Detail) : EditOutcome;
