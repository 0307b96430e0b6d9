using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>Where one group is, as the facilitator's progress card and console show it.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phase">The phase of its current step.</param>
/// <param name="Step">Its current step, one-based.</param>
/// <param name="Steps">How many steps its scenario has.</param>
/// <param name="Items">How many persona answers, items and ideas its map holds.</param>
/// <param name="LastActivityAt">When it last did anything.</param>
/// <param name="IsPaused">True while paused.</param>
/// <param name="IsFinished">True once it finished the scenario.</param>
public sealed record GroupProgress(
    string GroupId, string Name, WorkshopPhase Phase, int Step, int Steps, int Items, DateTimeOffset? LastActivityAt, bool IsPaused, bool IsFinished);

/// <summary>The whole workshop at a glance: its state, the phase clock and every started group.</summary>
/// <param name="WorkshopId">The workshop.</param>
/// <param name="Title">Its title.</param>
/// <param name="IsLocked">True while the map is locked against edits.</param>
/// <param name="IsPaused">True while every group is paused.</param>
/// <param name="Phase">The phase every group was last moved to, or null.</param>
/// <param name="EndsAt">When its time box ends, or null.</param>
/// <param name="TimeLeft">The time left at <paramref name="At"/>, or null without a time box.</param>
/// <param name="At">When this report was made.</param>
/// <param name="Groups">Every started group, in the workshop's order.</param>
/// <param name="FacilitatorConversationId">Where the progress card lives, or null.</param>
public sealed record WorkshopProgressReport(
    string WorkshopId,
    string Title,
    bool IsLocked,
    bool IsPaused,
    WorkshopPhase? Phase,
    DateTimeOffset? EndsAt,
    TimeSpan? TimeLeft,
    DateTimeOffset At,
    IReadOnlyList<GroupProgress> Groups,
    string? FacilitatorConversationId);

/// <summary>The query behind the progress card and the console: where every group of a workshop is now.</summary>
public sealed class WorkshopProgress
{
    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal WorkshopProgress(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>The progress of <paramref name="workshopId"/>, or null when there is no such workshop.</summary>
    public async Task<WorkshopProgressReport?> ReadAsync(string workshopId, CancellationToken cancellationToken = default) =>
        await _repository.LoadWorkshopAsync(workshopId, cancellationToken) is { } stored
            ? await ReadAsync(stored.Workshop, cancellationToken)
            : null;

    /// <summary>
    /// The progress as this instance read or wrote the workshop and its groups within the last moment (see
    /// <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>): for the live progress card, which is rendered
    /// again on the next change of any group. Reading every group afresh on each refresh cost about one store read
    /// per card turn of the whole workshop.
    /// </summary>
    public async Task<WorkshopProgressReport?> ReadRecentAsync(string workshopId, CancellationToken cancellationToken = default) =>
        await _repository.LoadRecentWorkshopAsync(workshopId, cancellationToken) is { } stored
            ? await ReadAsync(stored.Workshop, recentIsEnough: true, cancellationToken)
            : null;

    // Everything the group wrote down: persona answers, map items and ideas.
    private static int CapturedItems(Domain.Maps.JourneyMap map) =>
        Enum.GetValues<Domain.Maps.PersonaField>().Sum(f => map.Persona.Entries(f).Count) + map.Items.Count + map.Initiatives.Count;

    internal Task<WorkshopProgressReport> ReadAsync(Workshop workshop, CancellationToken cancellationToken) =>
        ReadAsync(workshop, recentIsEnough: false, cancellationToken);

    private async Task<WorkshopProgressReport> ReadAsync(Workshop workshop, bool recentIsEnough, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var groups = new List<GroupProgress>(workshop.Groups.Count);
        foreach (var group in workshop.Groups)
        {
            var session = recentIsEnough
                ? await _repository.LoadRecentGroupAsync(workshop.Id, group.Id, cancellationToken)
                : await _repository.LoadGroupAsync(workshop.Id, group.Id, cancellationToken);
            if (session is { IsStarted: true })
            {
                groups.Add(new GroupProgress(
                    group.Id,
                    group.Name,
                    WorkshopPhases.Of(session.CurrentStep),
                    session.StepIndex + 1,
                    session.Steps.Count,
                    CapturedItems(session.Map),
                    session.LastActivityAt,
                    session.IsPaused,
                    session.IsFinished));
            }
        }

        return new WorkshopProgressReport(
            workshop.Id,
            workshop.Title,
            workshop.IsLocked,
            workshop.IsPaused,
            workshop.Clock?.Phase,
            workshop.Clock?.EndsAt,
            workshop.Clock?.LeftAt(now),
            now,
            groups,
            workshop.FacilitatorConversationId);
    }
}
