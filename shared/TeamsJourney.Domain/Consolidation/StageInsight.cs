namespace TeamsJourney.Domain.Consolidation;

/// <summary>
/// What the workshop knows about one stage across groups: the emotion each group scored and their mean, and how
/// strongly the stage's items rest on facts, per group and overall.
/// </summary>
/// <param name="Stage">The workshop stage.</param>
/// <param name="EmotionByGroup">Each group's score (-2..+2; the mean when a group has several stages lined up here), null where
/// a group has not scored it or lacks the stage.</param>
/// <param name="EvidenceByGroup">Each group's evidence strength for the stage.</param>
/// <param name="Evidence">The evidence strength over every group's items in the stage.</param>
public sealed record StageInsight(
    WorkshopStage Stage,
    IReadOnlyDictionary<string, double?> EmotionByGroup,
    IReadOnlyDictionary<string, EvidenceStrength> EvidenceByGroup,
    EvidenceStrength Evidence)
{
    /// <summary>The mean of the groups' scores, null when no group scored the stage.</summary>
    public double? MeanEmotion
    {
        get
        {
            var scores = EmotionByGroup.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
            return scores.Count == 0 ? null : scores.Average();
        }
    }
}
