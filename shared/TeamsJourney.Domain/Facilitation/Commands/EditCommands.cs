using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Facilitation.Commands;

/// <summary>Base of the commands that edit an existing map item (sent by the tab).</summary>
/// <param name="ItemId">The item to change.</param>
/// <param name="ExpectedVersion">The version the editor saw; a different current version means someone else changed it, and the edit is refused.</param>
public abstract record ItemEditCommand(string ItemId, int? ExpectedVersion) : GroupCommand;

/// <summary>Replaces an item's text.</summary>
public sealed record EditItem(string ItemId, string Text, int? ExpectedVersion = null) : ItemEditCommand(ItemId, ExpectedVersion);

/// <summary>Moves an item to another stage and/or lane.</summary>
public sealed record MoveItem(string ItemId, string StageId, Lane Lane, int? ExpectedVersion = null) : ItemEditCommand(ItemId, ExpectedVersion);

/// <summary>Deletes an item.</summary>
public sealed record DeleteItem(string ItemId, int? ExpectedVersion = null) : ItemEditCommand(ItemId, ExpectedVersion);

/// <summary>Sets the evidence behind an item, or clears it when <paramref name="Kind"/> is null.</summary>
public sealed record SetEvidence(string ItemId, EvidenceKind? Kind, string? Source = null, int? ExpectedVersion = null) : ItemEditCommand(ItemId, ExpectedVersion);

/// <summary>
/// Adds an item to any stage and lane, outside the scripted steps (sent by the tab). The new item's id
/// comes from <see cref="CommandContext.NewId"/>.
/// </summary>
/// <param name="StageId">The stage (column) to add it to.</param>
/// <param name="Lane">The lane (row) to add it to.</param>
/// <param name="Text">The note's text.</param>
/// <param name="Channel">For touchpoints: how the person is reached.</param>
/// <param name="EvidenceKind">Fact or assumption, when known.</param>
/// <param name="EvidenceSource">Where the evidence comes from.</param>
public sealed record AddItem(
    string StageId,
    Lane Lane,
    string Text,
    TouchpointChannel? Channel = null,
    EvidenceKind? EvidenceKind = null,
    string? EvidenceSource = null) : GroupCommand;
