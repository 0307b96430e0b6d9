using System.Globalization;
using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations;

/// <summary>Reads the workshop setup form's values (merged into the action's data by Teams) as a draft.</summary>
internal static class WorkshopSetupForm
{
    /// <summary>The draft, or the sentence that says which field to fix.</summary>
    public static (WorkshopDraft? Draft, string? Problem) Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var timeBoxes = new Dictionary<WorkshopPhase, TimeSpan>();
        foreach (var phase in WorkshopPhases.All)
        {
            if (CardActionCommands.Text(data, CardFields.TimeBox(phase)) is not { } text)
            {
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || minutes < 0 || double.IsNaN(minutes))
            {
                return (null, $"The {WorkshopPhases.NameOf(phase)} time box must be a number of minutes, not '{text}'.");
            }

            if (minutes > 0)
            {
                timeBoxes[phase] = TimeSpan.FromMinutes(Math.Min(minutes, WorkshopSetup.MaxTimeBox.TotalMinutes + 1));
            }
        }

        var reminder = WorkshopSetup.DefaultReminderLead;
        if (CardActionCommands.Text(data, CardFields.ReminderMinutes) is { } reminderText)
        {
            if (!double.TryParse(reminderText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || double.IsNaN(minutes))
            {
                return (null, $"The reminder must be a number of minutes, not '{reminderText}'.");
            }

            reminder = TimeSpan.FromMinutes(Math.Clamp(minutes, -1, 31));
        }

        var setup = new WorkshopSetup
        {
            ScenarioId = CardActionCommands.Text(data, CardFields.ScenarioId),
            Depth = CardActionCommands.Text(data, CardFields.Depth)?.ToLowerInvariant(),
            TimeBoxes = timeBoxes,
            ReminderLead = reminder,
            AutoAdvance = string.Equals(CardActionCommands.Text(data, CardFields.AutoAdvance), "true", StringComparison.OrdinalIgnoreCase),
        };
        var title = CardActionCommands.Text(data, CardFields.Title);
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, "Give the workshop a title.");
        }

        return (new WorkshopDraft(title.Trim(), Lines(data, CardFields.Objectives), Lines(data, CardFields.Stakeholders), setup, []), null);
    }

    private static string[] Lines(JsonObject data, string key) =>
        (CardActionCommands.Text(data, key) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
