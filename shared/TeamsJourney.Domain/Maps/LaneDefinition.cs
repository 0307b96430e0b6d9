namespace TeamsJourney.Domain.Maps;

/// <summary>Everything every surface (cards, tab, deck, report) needs to show one lane the same way.</summary>
/// <param name="Lane">The lane described.</param>
/// <param name="Label">The plural heading every surface prints, e.g. "Customer actions".</param>
/// <param name="ShortLabel">A one-word form for narrow places, e.g. "Actions".</param>
/// <param name="Order">Position in the order a group fills the lanes: journey lanes first, then the blueprint's own.</param>
/// <param name="Section">The section a group captures the lane in; a lane may be shown in more views than that one.</param>
/// <param name="LineAbove">The blueprint line drawn directly above the lane, if any.</param>
/// <param name="LineBelow">The blueprint line drawn directly below the lane, if any.</param>
public sealed record LaneDefinition(
    Lane Lane,
    string Label,
    string ShortLabel,
    int Order,
    MapSection Section,
    BlueprintLine? LineAbove,
    BlueprintLine? LineBelow);
