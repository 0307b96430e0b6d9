using System.Globalization;
using System.Text.Json.Nodes;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Facilitation;

namespace TeamsJourney.Bot.Cards;

/// <summary>
/// The facilitator's console in the channel: one compact card in the facilitator's thread, updated in place, with
/// each group's phase, step k of n, items, last activity and the time left, and the controls for every group at
/// once. It is only ever posted in the facilitator's thread, never in a group's.
/// </summary>
internal static class ProgressCard
{
    public static AdaptiveCard Render(WorkshopProgressReport progress, Workshop workshop, IReadOnlyList<ScenarioScript> scenarios, string? notice = null, bool warning = false)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var body = new List<CardElement>
        {
            new TextBlock { Text = CardText.Quote(progress.Title, 200), Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = State(progress), Wrap = true, Spacing = Spacing.None },
        };
        if (notice is not null)
        {
            body.Add(new Container { Style = warning ? ContainerStyle.Warning : ContainerStyle.Good, Items = [new TextBlock { Text = CardText.Quote(notice, 600), Wrap = true }] });
        }

        body.Add(progress.Groups.Count == 0
            ? new TextBlock { Text = "No group has started yet. Each group types 'start' in its own thread of this channel.", Wrap = true, IsSubtle = true }
            : new FactSet { Facts = [.. progress.Groups.Select(g => new Fact(CardText.Quote(g.Name, 60), Line(g, progress.At)))] });
        body.Add(new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column
                {
                    Width = ColumnWidth.Stretch,
                    Items =
                    [
                        new ChoiceSetInput
                        {
                            Id = CardFields.Phase,
                            Label = "Move every group to",
                            Style = ChoiceInputStyle.Compact,
                            Choices = [.. WorkshopPhases.All.Select(p => new Choice(WorkshopSetupCard.Capitalised(p), WorkshopPhases.NameOf(p)))],
                            Value = WorkshopPhases.NameOf(NextPhase(progress)),
                        },
                    ],
                },
                new Column
                {
                    Width = ColumnWidth.Auto,
                    Items = [new ActionSet { Actions = [Execute("Move all", CardVerbs.MoveAll, AssociatedInputs.Auto, ActionStyle.Positive)] }],
                },
            ],
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                progress.IsPaused ? Execute("Resume all", CardVerbs.ResumeAll) : Execute("Pause all", CardVerbs.PauseAll),
                Execute("+5 minutes", CardVerbs.Extend, data: new JsonObject { [CardFields.Minutes] = 5 }),
                new ShowCardAction
                {
                    Title = "Message every group",
                    Card = new AdaptiveCard
                    {
                        Body = [new TextInput { Id = CardFields.Message, Label = "Message to every group", IsMultiline = true, IsRequired = true, ErrorMessage = "Write the message first.", MaxLength = 2_000 }],
                        Actions = [Execute("Send to every group", CardVerbs.Broadcast, AssociatedInputs.Auto, ActionStyle.Positive)],
                    },
                },
                progress.IsLocked ? Execute("Unlock map", CardVerbs.UnlockMap) : Execute("Lock map", CardVerbs.LockMap),
                new ShowCardAction
                {
                    Title = "Change setup",
                    Card = new AdaptiveCard
                    {
                        Body = [.. WorkshopSetupCard.Fields(scenarios, workshop, null)],
                        Actions = [WorkshopSetupCard.SaveAction("Save setup")],
                    },
                },
                Execute("Refresh", CardVerbs.Progress),
            ],
            FallbackText = $"{progress.Title}: {State(progress)}",
        };
    }

    /// <summary>"Phase: ideas · 3 min left · paused · map locked".</summary>
    public static string State(WorkshopProgressReport progress)
    {
        var parts = new List<string>
        {
            progress.Phase is { } phase ? $"Phase: {WorkshopPhases.NameOf(phase)}" : "No phase called yet",
        };
        if (progress.TimeLeft is { } left)
        {
            parts.Add(left == TimeSpan.Zero ? "time is up" : $"{Minutes(left)} left");
        }

        if (progress.IsPaused)
        {
            parts.Add("paused");
        }

        if (progress.IsLocked)
        {
            parts.Add("map locked");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>"ideas · step 12 of 20 · 9 items · active 2 min ago".</summary>
    public static string Line(GroupProgress group, DateTimeOffset now)
    {
        var state = group.IsFinished ? "finished" : $"{WorkshopPhases.NameOf(group.Phase)} · step {group.Step} of {group.Steps}";
        var activity = group.LastActivityAt is { } last ? $"active {Ago(now - last)}" : "not active yet";
        return $"{state} · {group.Items} {(group.Items == 1 ? "item" : "items")} · {activity}{(group.IsPaused ? " · paused" : string.Empty)}";
    }

    private static WorkshopPhase NextPhase(WorkshopProgressReport progress) =>
        progress.Phase is { } phase ? WorkshopPhases.After(phase) ?? phase : WorkshopPhase.Persona;

    private static string Minutes(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? "under a minute"
        : $"{Math.Ceiling(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";

    private static string Ago(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? "just now"
        : $"{Math.Floor(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min ago";

    private static ExecuteAction Execute(string title, string verb, AssociatedInputs inputs = AssociatedInputs.None, ActionStyle? style = null, JsonObject? data = null) =>
        new() { Title = title, Verb = verb, AssociatedInputs = inputs, Style = style, Data = data ?? [] };
}
