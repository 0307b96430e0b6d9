using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>
/// What a facilitator does to every group at once, from the bot, the tab's console or a time box: move all to a
/// phase, pause and resume all, extend the time box, lock the map, broadcast. The workshop-wide state (the phase
/// clock, the pause, the lock) is one write to the workshop; each group's part is its own write with its own
/// idempotency key, so one group's contention never blocks another and a redelivery changes nobody twice. What
/// happened is then told through every registered <see cref="IWorkshopNotices"/>.
/// </summary>
public sealed partial class FacilitateWorkshop
{
    private readonly WorkshopRepository _repository;
    private readonly GroupConversations _conversations;
    private readonly RunGroupCommand _commands;
    private readonly WorkshopProgress _progress;
    private readonly IReadOnlyList<IWorkshopNotices> _notices;
    private readonly TimeProvider _time;

    internal FacilitateWorkshop(
        WorkshopRepository repository,
        GroupConversations conversations,
        RunGroupCommand commands,
        WorkshopProgress progress,
        IEnumerable<IWorkshopNotices> notices,
        TimeProvider time)
    {
        _repository = repository;
        _conversations = conversations;
        _commands = commands;
        _progress = progress;
        _notices = [.. notices];
        _time = time;
    }

    /// <summary>Every group jumps to the first step of <paramref name="phase"/> wherever it is; the phase's time box starts.</summary>
    public Task<FacilitationResult> MoveAllToPhaseAsync(string workshopId, Participant facilitator, WorkshopPhase phase, string deliveryKey, CancellationToken cancellationToken = default) =>
        ActAsync(workshopId, facilitator, w => w.StartPhase(phase, _time.GetUtcNow()), cancellationToken, async (workshop, ct) =>
        {
            var moved = await RunOnEveryGroupAsync(workshop, new MoveToPhase(phase), facilitator, deliveryKey, ct);
            var name = WorkshopPhases.NameOf(phase);
            await GroupsChangedAsync(moved, $"The facilitator moved every group to the {name} phase.", ct);
            return Summary(n => $"Moved {Groups(n)} to the {name} phase.", moved);
        });

    /// <summary>Pauses every group (and the time box) until <see cref="ResumeAllAsync"/>.</summary>
    public Task<FacilitationResult> PauseAllAsync(string workshopId, Participant facilitator, string deliveryKey, CancellationToken cancellationToken = default) =>
        ActAsync(workshopId, facilitator, w => w.PauseAll(_time.GetUtcNow()), cancellationToken, async (workshop, ct) =>
        {
            var paused = await RunOnEveryGroupAsync(workshop, new Pause(), facilitator, deliveryKey, ct);
            await GroupsChangedAsync(paused, "The facilitator paused every group.", ct);
            return Summary(n => $"Paused {Groups(n)}.", paused, tolerated: "already paused");
        });

    /// <summary>Lets every group carry on; the time box runs on from what was left.</summary>
    public Task<FacilitationResult> ResumeAllAsync(string workshopId, Participant facilitator, string deliveryKey, CancellationToken cancellationToken = default) =>
        ActAsync(workshopId, facilitator, w => w.ResumeAll(_time.GetUtcNow()), cancellationToken, async (workshop, ct) =>
        {
            var resumed = await RunOnEveryGroupAsync(workshop, new Resume(), facilitator, deliveryKey, ct);
            await GroupsChangedAsync(resumed, "The facilitator let every group carry on.", ct);
            return Summary(n => $"Resumed {Groups(n)}.", resumed, tolerated: "not paused");
        });

    /// <summary>Gives the current phase more time and tells every group.</summary>
    public Task<FacilitationResult> ExtendTimeBoxAsync(string workshopId, Participant facilitator, TimeSpan by, CancellationToken cancellationToken = default) =>
        ActAsync(workshopId, facilitator, w => w.ExtendTimeBox(by, _time.GetUtcNow()), cancellationToken, async (workshop, ct) =>
        {
            var left = workshop.Clock?.LeftAt(_time.GetUtcNow()) ?? by;
            var phase = WorkshopPhases.NameOf(workshop.Clock!.Phase);
            var text = $"The facilitator gave the {phase} phase {Minutes(by)} more: {Minutes(left)} left.";
            await TellEveryGroupAsync(workshop, new GroupNotice("More time", text), ct);
            return new FacilitationResult(FacilitationOutcome.Done, text, [], null);
        });

    /// <summary>Locks the map against edits from the bot and the tab, or unlocks it.</summary>
    public Task<FacilitationResult> SetMapLockedAsync(string workshopId, Participant facilitator, bool locked, CancellationToken cancellationToken = default) =>
        ActAsync(workshopId, facilitator, w => w.SetLocked(locked, _time.GetUtcNow()), cancellationToken, async (workshop, ct) =>
        {
            var text = locked
                ? "The facilitator locked the map: it can be read, not changed, until they unlock it."
                : "The facilitator unlocked the map: carry on.";
            await TellEveryGroupAsync(workshop, new GroupNotice(locked ? "Map locked" : "Map unlocked", text), ct);
            return new FacilitationResult(FacilitationOutcome.Done, locked ? "The map is locked." : "The map is unlocked.", [], null);
        });

    /// <summary>Posts the facilitator's message in every group's thread.</summary>
    public Task<FacilitationResult> BroadcastAsync(string workshopId, Participant facilitator, string message, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = TextAnswer.Require(message, "message", 2_000);
        }
        catch (DomainValidationException ex)
        {
            return Task.FromResult(FacilitationResult.Refused(ex.Message));
        }

        return ActAsync(workshopId, facilitator, change: null, cancellationToken, async (workshop, ct) =>
        {
            var told = await TellEveryGroupAsync(workshop, new GroupNotice($"From {facilitator.DisplayName}", text), ct);
            return new FacilitationResult(FacilitationOutcome.Done, $"Sent to {Groups(told.Count)}.", [], null);
        });
    }

    /// <summary>Tells every progress view (the console card, open tabs) where the workshop stands now.</summary>
    public async Task<WorkshopProgressReport?> RefreshProgressAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        if (await _progress.ReadAsync(workshopId, cancellationToken) is not { } progress)
        {
            return null;
        }

        await ProgressChangedAsync(progress, cancellationToken);
        return progress;
    }

    private static string Groups(int count) => count == 1 ? "1 group" : $"{count} groups";

    private static string Minutes(TimeSpan span)
    {
        var minutes = (int)Math.Ceiling(span.TotalMinutes);
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}
