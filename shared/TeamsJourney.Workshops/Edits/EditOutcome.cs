using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Workshops.Edits;

/// <summary>What became of a map edit.</summary>
public abstract record EditOutcome
{
    private protected EditOutcome()
    {
    }
}

/// <summary>
/// Stored (or already stored under the same clientEditId: <see cref="Duplicate"/>). <see cref="Version"/> is the
/// group's version after the change (its own stream's version); <see cref="Item"/> or <see cref="Initiative"/> is what it touched, as it stands now.
/// </summary>
public sealed record EditApplied(long Version, MapItem? Item, Initiative? Initiative, bool Duplicate) : EditOutcome;

/// <summary>Someone changed the same field first (or deleted the item): the first stored write won. <see cref="Current"/> is the item now.</summary>
public sealed record EditConflict(MapItem? Current, string ConflictingField, string Winner, string Detail) : EditOutcome;

/// <summary>The request is malformed or the rules refuse it.</summary>
public sealed record EditInvalid(string Detail) : EditOutcome;

/// <summary>The group or item does not exist.</summary>
public sealed record EditNotFound(string Detail) : EditOutcome;

/// <summary>The facilitator has locked the map against edits; nothing was stored.</summary>
public sealed record EditLocked(string Detail) : EditOutcome;
