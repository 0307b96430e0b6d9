using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Scenarios;

namespace TeamsJourney.Workshops.Groups;

/// <summary>What starting a group asks for.</summary>
/// <param name="Place">The workshop the group joins (created on first use, with the starter as facilitator).</param>
/// <param name="GroupId">The group's id (one per conversation).</param>
/// <param name="Conversation">Where the group works.</param>
/// <param name="ScenarioId">The scenario to walk.</param>
/// <param name="GroupName">The name asked for, if any.</param>
/// <param name="Starter">Who starts it.</param>
/// <param name="DeliveryKey">Identifies the delivery, so a redelivered start changes nothing.</param>
public sealed record StartGroupRequest(
    WorkshopPlace Place, string GroupId, GroupConversation Conversation, string ScenarioId, string? GroupName, Participant Starter, string DeliveryKey);

/// <summary>How starting a group ended: the group and the engine's result, or the scenarios that do exist.</summary>
public sealed record StartGroupResult(ConversationGroup? Group, GroupCommandResult? Result, IReadOnlyList<ScenarioScript> KnownScenarios)
{
    /// <summary>True when no scenario has the id asked for; nothing was stored.</summary>
    public bool UnknownScenario => Group is null;

    /// <summary>
    /// True when the conversation's group was already under way (on <see cref="GroupCommandResult.Session"/>'s scenario,
    /// which may differ from the one asked for): nothing changed.
    /// </summary>
    public bool AlreadyRunning => Result is { Outcome: GroupCommandOutcome.Rejected, Session.IsStarted: true };
}

/// <summary>
/// Makes a conversation a group of the workshop on a scenario: the workshop is created on first use with the
/// starter as facilitator, the group is added (under a unique name), the conversation is bound to it and the
/// engine starts it at the depth the facilitator chose for the workshop or for that group (MVP by default).
/// </summary>
public sealed class StartGroup
{
    private readonly WorkshopRepository _repository;
    private readonly WorkshopScenarios _scenarios;
    private readonly RunGroupCommand _commands;
    private readonly TimeProvider _time;

    internal StartGroup(WorkshopRepository repository, WorkshopScenarios scenarios, RunGroupCommand commands, TimeProvider time)
    {
        _repository = repository;
        _scenarios = scenarios;
        _commands = commands;
        _time = time;
    }

    /// <summary>Starts the group; see <see cref="StartGroupResult"/>.</summary>
    public async Task<StartGroupResult> StartAsync(StartGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var script = await _scenarios.FindAsync(request.Place.WorkshopId, request.ScenarioId, cancellationToken);
        if (script is null)
        {
            return new StartGroupResult(null, null, await _scenarios.ListAsync(request.Place.WorkshopId, cancellationToken));
        }

        await EnsureWorkshopAsync(request.Place, script, request.Starter, _repository, _time, cancellationToken);
        var workshop = await _repository.UpdateWorkshopAsync(
            request.Place.WorkshopId,
            w =>
            {
                if (w.FindGroup(request.GroupId) is null)
                {
                    w.AddGroup(request.GroupId, UniqueGroupName(w, request.GroupName), script.Id);
                }

                if (w.Facilitators.Count == 0)
                {
                    w.AddFacilitator(request.Starter.UserId);
                }

                // The persona time box starts with the first group, unless the facilitator already called a phase.
                if (w.Clock is null && w.Setup.TimeBoxes.Count > 0)
                {
                    w.StartPhase(Domain.Workshops.WorkshopPhase.Persona, _time.GetUtcNow());
                }
            },
            _time.GetUtcNow(),
            cancellationToken);

        // An existing binding keeps its card; a new one starts without.
        var conversation = await _repository.FindConversationAsync(request.Conversation.ConversationId, cancellationToken) is { } existing
            ? request.Conversation with { CardActivityId = existing.CardActivityId }
            : request.Conversation;
        await _repository.SaveConversationAsync(GroupConversations.ToBinding(workshop.Workshop.Id, request.GroupId, conversation), cancellationToken);
        var group = new ConversationGroup(workshop.Workshop, request.GroupId, conversation);

        var depth = (await _repository.LoadDepthSettingsAsync(workshop.Workshop.Id, cancellationToken)).ChoiceFor(group.GroupName);
        var result = await _repository.ExecuteAsync(
            workshop.Workshop.Id, request.GroupId, script, new Start(group.GroupName, depth), _commands.ContextFor(workshop.Workshop, request.Starter), request.DeliveryKey, cancellationToken: cancellationToken);
        return new StartGroupResult(group, result, []);
    }

    /// <summary>Creates the workshop of <paramref name="place"/> unless it exists; the creator is its facilitator.</summary>
    internal static async Task EnsureWorkshopAsync(WorkshopPlace place, ScenarioScript script, Participant creator, WorkshopRepository repository, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await repository.ExistsAsync(place.WorkshopId, cancellationToken))
        {
            return;
        }

        var location = place.ChannelId is { Length: > 0 } && place.TeamId is { Length: > 0 }
            ? new TeamsLocation(place.TenantId, place.TeamId, place.ChannelId)
            : new TeamsLocation(place.TenantId);
        var title = place.ChannelName is { Length: > 0 } channelName ? $"{script.Title} — {channelName}" : script.Title;
        var workshop = Workshop.Create(place.WorkshopId, title[..Math.Min(title.Length, Workshop.MaxTitleLength)], location, script.Objectives, script.Stakeholders);
        workshop.AddFacilitator(creator.UserId);

        // False means another delivery created it a moment ago, which is just as good.
        await repository.CreateWorkshopAsync(workshop, time.GetUtcNow(), cancellationToken);
    }

    // A name already taken keeps its words and gets a number, "Table 3 (2)", so the group still recognises itself;
    // no name at all gives the next free "Group N".
    private static string UniqueGroupName(Workshop workshop, string? requested)
    {
        var taken = workshop.Groups.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var name = requested.Trim()[..Math.Min(requested.Trim().Length, Workshop.MaxTitleLength - 5)];
            var candidate = name;
            for (var copy = 2; taken.Contains(candidate); copy++)
            {
                candidate = $"{name} ({copy})";
            }

            return candidate;
        }

        var number = workshop.Groups.Count + 1;
        while (taken.Contains($"Group {number}"))
        {
            number++;
        }

        return $"Group {number}";
    }
}
