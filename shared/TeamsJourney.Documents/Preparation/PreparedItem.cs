using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>A map item with sanitised text and its stage resolved to a column index.</summary>
internal sealed record PreparedItem(
    string Id,
    int StageIndex,
    Lane Lane,
    string Text,
    string? Channel,
    EvidenceKind? Kind,
    string? Source,
    string Anchor)
{
    /// <summary>The text as shown in a cell: the channel, when known, goes in front in brackets.</summary>
    public string CellText => Channel is null ? Text : $"[{Channel}] {Text}";

    /// <summary>True when nobody said whether the item is a fact or an assumption.</summary>
    public bool EvidenceNotRecorded => Kind is null;
}
