using System.Text;
using TeamsJourney.Domain.Facilitation;

namespace TeamsJourney.Domain.Tests.Builders;

/// <summary>A complete text rendering of a session, so two sessions can be compared by value.</summary>
internal static class SessionSnapshot
{
    public static string Of(GroupSession session)
    {
        var map = session.Map;
        var text = new StringBuilder()
            .AppendLine($"{session.GroupName}|{session.IsStarted}|{session.StepIndex}|{session.IsPaused}|{session.IsFinished}|{session.EventCount}")
            .AppendLine($"persona {map.Persona.Name}|{map.Persona.LifeContext}|{string.Join(";", map.Persona.Goals)}|{string.Join(";", map.Persona.Motivations)}|{string.Join(";", map.Persona.Challenges)}");
        foreach (var stage in map.Stages)
        {
            text.AppendLine($"stage {stage}");
        }

        foreach (var item in map.Items)
        {
            text.AppendLine($"item {item}");
        }

        foreach (var initiative in map.Initiatives)
        {
            text.AppendLine($"initiative {initiative.Id}|{initiative.Title}|{initiative.Description}|{string.Join(",", initiative.PainPointIds)}|{string.Join(",", initiative.VoterIds)}|{initiative.Impact}|{initiative.Effort}|{initiative.ProposedById}");
        }

        return text.ToString();
    }
}
