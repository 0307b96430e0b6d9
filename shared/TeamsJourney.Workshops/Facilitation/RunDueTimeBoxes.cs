using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>
/// What a timer does when time boxes fall due: remind every group shortly before the end, and at the end tell them
/// (moving every group to the next phase when the facilitator set the workshop to). Due times are stored with the
/// workshops, so whichever host runs next picks up what a stopped one left. A reminder or end is marked done in the
/// same write that decides it, so it is sent at most once even when two hosts race.
/// </summary>
public sealed class RunDueTimeBoxes
{
    private readonly WorkshopRepository _repository;
    private readonly FacilitateWorkshop _facilitate;
    private readonly WorkshopProgress _progress;
    private readonly TimeProvider _time;

    internal RunDueTimeBoxes(WorkshopRepository repository, FacilitateWorkshop facilitate, WorkshopProgress progress, TimeProvider time)
    {
        _repository = repository;
        _facilitate = facilitate;
        _progress = progress;
        _time = time;
    }

    /// <summary>Handles everything due now; returns how many reminders and ends were handled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var handled = 0;
        foreach (var workshopId in await _repository.ListDueWorkshopsAsync(now, cancellationToken))
        {
            if (await _repository.LoadWorkshopAsync(workshopId, cancellationToken) is not { } stored)
            {
                continue;
            }

            if (stored.Workshop.NextDueAt is not { } due || due > now)
            {
                // The schedule row is older than the workshop (a write stopped between the two): put it right.
                await _repository.SaveDueAtAsync(stored.Workshop, cancellationToken);
                continue;
            }

            var what = TimeBoxDue.Nothing;
            var updated = await _repository.UpdateWorkshopAsync(workshopId, w => what = w.TakeDue(now), now, cancellationToken);
            handled += what == TimeBoxDue.Nothing ? 0 : 1;
            await TellAsync(updated.Workshop, what, now, cancellationToken);
        }

        return handled;
    }

    private async Task TellAsync(Workshop workshop, TimeBoxDue what, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = workshop.Clock!;
        var phase = WorkshopPhases.NameOf(clock.Phase);
        switch (what)
        {
            case TimeBoxDue.Reminder:
                var left = (int)Math.Ceiling((clock.EndsAt!.Value - now).TotalMinutes);
                await _facilitate.TellEveryGroupAsync(
                    workshop,
                    new GroupNotice($"{(left == 1 ? "1 minute" : $"{left} minutes")} left", $"The {phase} phase ends in {(left == 1 ? "1 minute" : $"{left} minutes")}: time to wrap up what you are writing."),
                    cancellationToken);
                break;
            case TimeBoxDue.End when workshop.DomainEvents.OfType<TimeBoxEnded>().LastOrDefault()?.MoveOnTo is { } next && workshop.Facilitators.Count > 0:
                // The time box acts for the facilitators, under the name of the first of them.
                var timer = new Participant(workshop.Facilitators[0], "Time box");
                var key = $"timebox:{phase}:{clock.StartedAt.UtcTicks}";
                await _facilitate.MoveAllToPhaseAsync(workshop.Id, timer, next, key, cancellationToken);
                return;
            case TimeBoxDue.End:
                await _facilitate.TellEveryGroupAsync(
                    workshop,
                    new GroupNotice("Time is up", $"Time is up for the {phase} phase. Finish your sentence; the facilitator will move you on."),
                    cancellationToken);
                break;
            default:
                return;
        }

        await _facilitate.ProgressChangedAsync(await _progress.ReadAsync(workshop, cancellationToken), cancellationToken);
    }
}
