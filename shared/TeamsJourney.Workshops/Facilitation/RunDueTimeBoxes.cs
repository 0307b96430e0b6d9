using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Deliveries;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Facilitation;

/// <summary>
/// What a timer does when time boxes fall due: remind every group shortly before the end, and at the end tell them
/// (moving every group to the next phase when the facilitator set the workshop to). Due times are stored with the
/// workshops, so whichever host runs next picks up what a stopped one left. The groups are told first and the
/// reminder or end is marked handled after, so a host that stops in between (or a post that fails) sends it on the
/// next round instead of losing it. A durable claim per time box moment keeps that at most once when two hosts race,
/// and a host that finds it already told (it stopped after the post) only marks it.
/// </summary>
public sealed class RunDueTimeBoxes
{
    private readonly WorkshopRepository _repository;
    private readonly FacilitateWorkshop _facilitate;
    private readonly WorkshopProgress _progress;
    private readonly InboundDeliveries _told;
    private readonly TimeProvider _time;

    internal RunDueTimeBoxes(WorkshopRepository repository, FacilitateWorkshop facilitate, WorkshopProgress progress, InboundDeliveries told, TimeProvider time)
    {
        _repository = repository;
        _facilitate = facilitate;
        _progress = progress;
        _told = told;
        _time = time;
    }

    /// <summary>Handles everything due now; returns how many reminders and ends this call told the groups about.</summary>
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

            var workshop = stored.Workshop;
            if (workshop.NextDueAt is not { } due || due > now)
            {
                // The schedule row is older than the workshop (a write stopped between the two): put it right.
                await _repository.SaveDueAtAsync(workshop, cancellationToken);
                continue;
            }

            var what = workshop.DueAt(now);
            var (thread, moment) = MomentOf(workshop, what);
            var claim = await _told.BeginAsync(thread, moment, cancellationToken);
            if (claim == DeliveryStart.First)
            {
                try
                {
                    await TellAsync(workshop, what, now, cancellationToken);
                }
                catch
                {
                    // Nothing is marked: the next round tells the groups again.
                    await _told.ReleaseAsync(thread, moment, CancellationToken.None);
                    throw;
                }

                await _told.CompleteAsync(thread, moment, cancellationToken);
                handled++;
            }

            // Told now, or by a host that stopped before marking it (or is telling right now): marked once either way.
            var updated = await _repository.UpdateWorkshopAsync(workshopId, w => w.TakeDue(now), now, cancellationToken);
            if (claim == DeliveryStart.First && !(what == TimeBoxDue.End && AutoAdvances(workshop)))
            {
                await _facilitate.ProgressChangedAsync(await _progress.ReadAsync(updated.Workshop, cancellationToken), cancellationToken);
            }
        }

        return handled;
    }

    // One reminder or end of one time box: its phase and its end (an extended time box reminds again).
    private static (string Thread, string Moment) MomentOf(Workshop workshop, TimeBoxDue what) =>
        ($"timebox:{workshop.Id}", $"{what}:{WorkshopPhases.NameOf(workshop.Clock!.Phase)}:{workshop.Clock.EndsAt!.Value.UtcTicks}");

    private static bool AutoAdvances(Workshop workshop) =>
        workshop.Setup.AutoAdvance && WorkshopPhases.After(workshop.Clock!.Phase) is not null && workshop.Facilitators.Count > 0;

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
            case TimeBoxDue.End when AutoAdvances(workshop):
                // The time box acts for the facilitators, under the name of the first of them; the move's own key makes
                // a second attempt (after a stop before the mark) change nothing.
                var timer = new Participant(workshop.Facilitators[0], "Time box");
                var key = $"timebox:{phase}:{clock.StartedAt.UtcTicks}";
                await _facilitate.MoveAllToPhaseAsync(workshop.Id, timer, WorkshopPhases.After(clock.Phase)!.Value, key, cancellationToken);
                break;
            case TimeBoxDue.End:
                await _facilitate.TellEveryGroupAsync(
                    workshop,
                    new GroupNotice("Time is up", $"Time is up for the {phase} phase. Finish your sentence; the facilitator will move you on."),
                    cancellationToken);
                break;
        }
    }
}
