namespace TeamsJourney.Documents.ReadModel;

/// <summary>What changed since a frozen version: notes added, removed and changed, emotion moves and initiative status moves.</summary>
/// <param name="VersionName">The version compared with now, e.g. "As-is, agreed 14 March".</param>
/// <param name="FrozenAt">When it was frozen.</param>
/// <param name="Notes">Notes added, removed or changed, in that order.</param>
/// <param name="Emotions">Stages whose mean emotion moved.</param>
/// <param name="Statuses">Initiatives whose status moved, appeared or went.</param>
public sealed record VersionChanges(
    string VersionName,
    DateTimeOffset FrozenAt,
    IReadOnlyList<NoteChange> Notes,
    IReadOnlyList<EmotionMove> Emotions,
    IReadOnlyList<StatusMove> Statuses)
{
    /// <summary>True when nothing changed since the version.</summary>
    public bool IsEmpty => Notes.Count == 0 && Emotions.Count == 0 && Statuses.Count == 0;
}

/// <summary>How a note changed.</summary>
public enum NoteChangeKind
{
    /// <summary>New since the version.</summary>
    Added,

    /// <summary>Gone since the version.</summary>
    Removed,

    /// <summary>Its text, place or evidence changed.</summary>
    Changed,
}

/// <summary>A note as it is now (or as it was, when removed) and, when changed, as it was.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Group">The group whose note it is.</param>
/// <param name="Stage">Its workshop stage.</param>
/// <param name="Lane">Its lane.</param>
/// <param name="Text">Its text.</param>
/// <param name="Evidence">Its evidence; null when not recorded.</param>
/// <param name="Before">The note in the version, for a changed note.</param>
public sealed record NoteChange(NoteChangeKind Kind, string Group, string Stage, Lane Lane, string Text, Evidence? Evidence, NoteBefore? Before = null);

/// <summary>A changed note as it stood in the version.</summary>
public sealed record NoteBefore(string Stage, Lane Lane, string Text, Evidence? Evidence);

/// <summary>How a stage's mean emotion moved (null where nobody scored it).</summary>
public sealed record EmotionMove(string Stage, double? Before, double? After);

/// <summary>An initiative whose status moved; null on the side where it did not exist.</summary>
public sealed record StatusMove(string Title, PlanStatus? Before, PlanStatus? After);
