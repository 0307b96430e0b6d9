using System.Text;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Documents.FromDomain;

/// <summary>Names, labels and default notes: the parts of the mapping that turn domain values into words.</summary>
public static partial class WorkshopReportMapper
{
    /// <summary>How a touchpoint channel is written in the documents.</summary>
    public static string ChannelLabel(TouchpointChannel channel) => channel switch
    {
        TouchpointChannel.InPerson => "In person",
        TouchpointChannel.Phone => "Phone",
        TouchpointChannel.Web => "Web",
        TouchpointChannel.App => "App",
        TouchpointChannel.Email => "Email",
        TouchpointChannel.Letter => "Letter",
        TouchpointChannel.SocialMedia => "Social media",
        TouchpointChannel.Chat => "Chat",
        TouchpointChannel.Other => "Other",
        _ => channel.ToString(),
    };

    // Group names head slides and sections, so they must be present, short enough and distinct.
    private static List<string> GroupNames(IReadOnlyList<GroupSession> groups)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return [.. groups.Select((session, g) => Distinct(FitName(session.GroupName ?? $"Group {g + 1}"), taken))];
    }

    // Items refer to stages by name in the read model, so names must be unique within the group even when a
    // script repeats one or shortening makes two alike.
    private static Dictionary<string, string> StageNames(JourneyMap map)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return map.Stages.ToDictionary(s => s.Id, s => Distinct(FitName(s.Name), taken), StringComparer.Ordinal);
    }

    private static string Distinct(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = FitName(name, ReportValidator.MaxNameLength - suffix.Length) + suffix;
        }

        return candidate;
    }

    // The domain allows longer names than a slide title or table header can carry; the writers refuse those,
    // so a name over the limit is shortened with an ellipsis rather than failing the whole generation.
    private static string FitName(string name) => FitName(name, ReportValidator.MaxNameLength);

    private static string FitName(string name, int limit) =>
        name.Length <= limit ? name : name[..(limit - 1)].TrimEnd() + "…";

    private static string DefaultNotes(Workshop workshop, IReadOnlyList<GroupSession> groups, IReadOnlyList<string> names)
    {
        var notes = new StringBuilder();
        notes.AppendLine(workshop.Objectives.Count == 0
            ? $"{workshop.Title}: no objectives were recorded."
            : $"{workshop.Title} set out to: {string.Join("; ", workshop.Objectives)}.");
        for (var g = 0; g < groups.Count; g++)
        {
            var script = groups[g].Script;
            var status = groups[g].IsFinished ? "finished the scenario" : "had not finished the scenario when these documents were generated";
            notes.AppendLine($"{names[g]} followed \"{script.Title}\" ({script.Summary.TrimEnd('.')}) and {status}.");
        }

        if (groups.Count == 0)
        {
            notes.AppendLine("No breakout group has worked on a map yet.");
        }

        return notes.ToString().TrimEnd();
    }
}
