using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Preparation;

/// <summary>A cluster of the consolidated map with sanitised text, and the card that stands for it on the map.</summary>
internal sealed record PreparedCluster(PreparedItem Card, PlenaryCluster Cluster);

/// <summary>A pooled initiative with sanitised text: the core the matrix draws, and who proposed it, its status and pain points.</summary>
internal sealed record PreparedPlenaryInitiative(PreparedInitiative Core, IReadOnlyList<string> Groups, PlanStatus Status, IReadOnlyList<string> PainPoints)
{
    public string StatusText => PreparedPlenary.StatusText(Status);
}

/// <summary>
/// The second half ready to lay out. <see cref="Map"/> is the consolidated map as a group the map painters draw:
/// one card per cluster, its top line saying how many groups are behind it.
/// </summary>
internal sealed record PreparedPlenary(
    IReadOnlyList<string> Groups,
    IReadOnlyList<PlenaryStage> Stages,
    PreparedGroup Map,
    IReadOnlyList<PreparedCluster> Clusters,
    IReadOnlyList<PreparedPlenaryInitiative> Initiatives,
    VersionChanges? Changes,
    bool HasActivity)
{
    /// <summary>The consolidated map is worth its own slides only when two or more groups put notes on it; with one group it is that group's map, shown as such.</summary>
    public bool ShowsMap => Clusters.SelectMany(c => c.Cluster.Notes).Select(n => n.Group).Distinct(StringComparer.Ordinal).Take(2).Count() >= 2;

    /// <summary>Emotion across groups: at least two groups scored a stage.</summary>
    public bool ShowsEmotion => Enumerable.Range(0, Groups.Count).Count(g => Stages.Any(s => s.EmotionByGroup[g] is not null)) >= 2;

    /// <summary>
    /// The pooled initiatives, once the second half has started (a workshop-wide dot, a plan, a merge...): before that
    /// each group's own initiative slides say all there is, and a pooled list of zero dots would only look like a result.
    /// </summary>
    public bool ShowsInitiatives => Initiatives.Count > 0 && (HasActivity || Initiatives.Any(i => i.Core.Votes > 0 || i.Status != PlanStatus.Proposed));

    /// <summary>The action plan: only what was agreed, never an empty table.</summary>
    public IReadOnlyList<PreparedPlenaryInitiative> ActionPlan => [.. Initiatives.Where(i => i.Status != PlanStatus.Proposed && i.Core.Plan is not null)];

    /// <summary>True when there is any workshop-level part to show.</summary>
    public bool ShowsAnything => ShowsMap || ShowsEmotion || ShowsInitiatives || Changes is not null;

    /// <summary>Pain point clusters, most groups first, then most notes, then map order.</summary>
    public IReadOnlyList<PreparedCluster> TopPainPoints() =>
        [.. Clusters.Where(c => c.Cluster.Lane == Lane.PainPoint)
            .Select((c, i) => (c, i))
            .OrderByDescending(p => p.c.Cluster.GroupCount).ThenByDescending(p => p.c.Cluster.Notes.Count).ThenBy(p => p.i)
            .Select(p => p.c)];

    public static string StatusText(PlanStatus? status) => status switch
    {
        null => "not in the plan",
        PlanStatus.Agreed => "Agreed",
        PlanStatus.InProgress => "In progress",
        PlanStatus.Done => "Done",
        _ => "Proposed",
    };

    public static string EvidenceText(Evidence? evidence) => evidence switch
    {
        null => "evidence not recorded",
        { Kind: EvidenceKind.Fact, Source: { } source } => $"Fact ({source})",
        { Kind: EvidenceKind.Fact } => "Fact, source not given",
        _ => "Assumption",
    };

    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "no notes";

    public static string Score(double? emotion) => emotion switch
    {
        null => "not rated",
        > 0 => "+" + emotion.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
        < 0 => "−" + (-emotion.Value).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>"1 is" or "n are", for counts of notes in running text.</summary>
    public static string Are(int count) => count == 1 ? "1 is" : $"{count} are";

    public static string GroupCountText(int count) => count == 1 ? "1 group" : $"{count} groups";
}
