namespace TeamsJourney.Domain.Maps;

/// <summary>One sticky note on the map.</summary>
/// <param name="Id">Stable item id.</param>
/// <param name="StageId">The stage (column) it sits in.</param>
/// <param name="Lane">The lane (row) it sits in.</param>
/// <param name="Text">The note's text.</param>
/// <param name="Channel">For touchpoints: how the person is reached.</param>
/// <param name="Evidence">Fact or assumption, and its source, once given.</param>
/// <param name="AuthorId">The user who added it.</param>
/// <param name="AuthorName">Their display name at the time.</param>
/// <param name="Version">Starts at 1 and goes up with every change, so concurrent edits can be detected.</param>
public sealed record MapItem(
    string Id,
    string StageId,
    Lane Lane,
    string Text,
    TouchpointChannel? Channel,
    Evidence? Evidence,
    string AuthorId,
    string AuthorName,
    int Version);
