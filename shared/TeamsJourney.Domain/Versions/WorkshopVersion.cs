using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;

namespace TeamsJourney.Domain.Versions;

/// <summary>A note as it stood when a version was frozen.</summary>
/// <param name="Ref">The note across the workshop.</param>
/// <param name="GroupName">The group's name then.</param>
/// <param name="StageId">The workshop stage it was in.</param>
/// <param name="Lane">Its lane.</param>
/// <param name="Text">Its text.</param>
/// <param name="Evidence">Fact or assumption, if marked.</param>
/// <param name="Source">The evidence's source, if given.</param>
public sealed record VersionedItem(ItemRef Ref, string GroupName, string StageId, Lane Lane, string Text, EvidenceKind? Evidence, string? Source);

/// <summary>An initiative as it stood when a version was frozen.</summary>
/// <param name="Id">The pooled initiative's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Members">The groups' initiatives it stood for.</param>
/// <param name="Status">Its status.</param>
public sealed record VersionedInitiative(string Id, string Title, IReadOnlyList<InitiativeRef> Members, InitiativeStatus Status);

/// <summary>
/// The workshop frozen under a name ("As-is, agreed 14 March"): every note, each stage's mean emotion and every
/// initiative's status. The next round starts from the maps as they are; any two versions (or a version and now)
/// can be compared.
/// </summary>
/// <param name="Name">The facilitator's name for it.</param>
/// <param name="FrozenAt">When it was frozen.</param>
/// <param name="Stages">The workshop's stages then.</param>
/// <param name="Items">Every note then.</param>
/// <param name="MeanEmotion">Each stage's mean emotion then (null where nobody scored it).</param>
/// <param name="Initiatives">Every pooled initiative then.</param>
public sealed record WorkshopVersion(
    string Name,
    DateTimeOffset FrozenAt,
    IReadOnlyList<WorkshopStage> Stages,
    IReadOnlyList<VersionedItem> Items,
    IReadOnlyDictionary<string, double?> MeanEmotion,
    IReadOnlyList<VersionedInitiative> Initiatives)
{
    /// <summary>Longest version name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Freezes the workshop as it is now.</summary>
    public static WorkshopVersion Freeze(string name, DateTimeOffset at, WorkshopConsolidation consolidation, InitiativePool pool)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        ArgumentNullException.ThrowIfNull(pool);
        var items = consolidation.Clusters
            .SelectMany(c => c.Members.Select(m => new VersionedItem(
                m.Ref, m.GroupName, c.StageId, m.Item.Lane, m.Item.Text, m.Item.Evidence?.Kind, m.Item.Evidence?.Source)))
            .ToList();
        var emotion = consolidation.Insights.ToDictionary(i => i.Stage.Id, i => i.MeanEmotion, StringComparer.Ordinal);
        var initiatives = pool.Initiatives
            .Select(i => new VersionedInitiative(i.Id, i.Title, [.. i.MemberRefs], i.Status))
            .ToList();
        return new WorkshopVersion(
            TextAnswer.Require(name, "version name", MaxNameLength), at, consolidation.Stages, items, emotion, initiatives);
    }
}
