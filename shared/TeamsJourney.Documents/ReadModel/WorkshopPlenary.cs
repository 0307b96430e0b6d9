namespace TeamsJourney.Documents.ReadModel;

/// <summary>
/// The workshop's second half as the documents show it: the consolidated map (the groups' stages lined up and
/// similar notes clustered across groups, each note's provenance kept), emotion and evidence per stage, the pooled
/// initiatives with the workshop-wide vote and the action plan, and what changed since the last frozen version.
/// </summary>
/// <param name="Groups">The groups whose maps were consolidated, in workshop order; stage readings are in this order.</param>
/// <param name="Stages">The workshop's stages, left to right.</param>
/// <param name="Clusters">Every cluster of the consolidated map, stage by stage and lane by lane.</param>
/// <param name="Initiatives">The pooled initiatives, most workshop-wide dots first.</param>
/// <param name="Changes">What changed since the latest frozen version; null when no version has been frozen.</param>
/// <param name="HasActivity">
/// True when the facilitator or participants shaped the second half (clusters merged or split, initiatives merged,
/// workshop-wide dots, ratings or plans, versions); false when it is only worked out from the groups' maps.
/// </param>
public sealed record WorkshopPlenary(
    IReadOnlyList<string> Groups,
    IReadOnlyList<PlenaryStage> Stages,
    IReadOnlyList<PlenaryCluster> Clusters,
    IReadOnlyList<PlenaryInitiative> Initiatives,
    VersionChanges? Changes,
    bool HasActivity);

/// <summary>A column of the consolidated map with what the workshop knows about it.</summary>
/// <param name="Name">The stage name.</param>
/// <param name="EmotionByGroup">Each group's score (-2..+2, a mean when a group lined up several stages here), in
/// <see cref="WorkshopPlenary.Groups"/> order; null where a group did not score it.</param>
/// <param name="Evidence">How strongly every group's notes in the stage rest on facts.</param>
/// <param name="EvidenceByGroup">The same per group, in <see cref="WorkshopPlenary.Groups"/> order.</param>
public sealed record PlenaryStage(
    string Name,
    IReadOnlyList<double?> EmotionByGroup,
    EvidenceCount Evidence,
    IReadOnlyList<EvidenceCount> EvidenceByGroup)
{
    /// <summary>The mean of the groups' scores; null when no group scored the stage.</summary>
    public double? MeanEmotion => EmotionByGroup.Any(e => e is not null) ? EmotionByGroup.Where(e => e is not null).Average() : null;
}

/// <summary>Notes marked as facts, as assumptions, and not marked.</summary>
public sealed record EvidenceCount(int Facts, int Assumptions, int Unmarked)
{
    /// <summary>Every note counted.</summary>
    public int Total => Facts + Assumptions + Unmarked;

    /// <summary>The share backed by facts, 0..1; null when there is nothing to judge.</summary>
    public double? FactShare => Total == 0 ? null : (double)Facts / Total;
}

/// <summary>Notes from one or more groups that say the same thing at the same stage and lane.</summary>
/// <param name="Name">The facilitator's name for it, or its first note's text.</param>
/// <param name="StageIndex">Its column in <see cref="WorkshopPlenary.Stages"/>.</param>
/// <param name="Lane">Its lane.</param>
/// <param name="Notes">The groups' notes in it, with provenance.</param>
public sealed record PlenaryCluster(string Name, int StageIndex, Lane Lane, IReadOnlyList<ClusterNote> Notes)
{
    /// <summary>How many different groups said it.</summary>
    public int GroupCount => Notes.Select(n => n.Group).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>A group's note inside a cluster: which group, who wrote it, its text and its evidence.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Author">Who wrote it, when known.</param>
/// <param name="Text">The note as it is on the group's map.</param>
/// <param name="Evidence">Fact or assumption and the source; null when not recorded.</param>
public sealed record ClusterNote(string Group, string? Author, string Text, Evidence? Evidence);

/// <summary>Where an initiative is on the way from idea to done.</summary>
public enum PlanStatus
{
    /// <summary>Put forward; not agreed yet.</summary>
    Proposed,

    /// <summary>Agreed, with an owner and a date.</summary>
    Agreed,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Delivered.</summary>
    Done,
}

/// <summary>An initiative pooled from the groups' ideas.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Description">What would change, when a group wrote it down.</param>
/// <param name="Groups">The groups that proposed it (merged duplicates name several).</param>
/// <param name="Votes">Workshop-wide dots.</param>
/// <param name="Impact">Impact 1..5, null while unrated.</param>
/// <param name="Effort">Effort 1..5, null while unrated.</param>
/// <param name="Status">Proposed until agreed.</param>
/// <param name="Plan">Owner, due date and success measure once agreed.</param>
/// <param name="PainPoints">The pain points it addresses, as the consolidated map names them.</param>
public sealed record PlenaryInitiative(
    string Title,
    string Description,
    IReadOnlyList<string> Groups,
    int Votes,
    int? Impact,
    int? Effort,
    PlanStatus Status,
    ActionPlan? Plan,
    IReadOnlyList<string> PainPoints);
