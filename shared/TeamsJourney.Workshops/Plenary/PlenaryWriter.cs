using TeamsJourney.Domain.Common;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>
/// The one way second-half changes are written: check who asks, decide on the latest groups and log (the decision
/// may refuse with a domain reason), append, and answer with the view after the change.
/// </summary>
internal sealed class PlenaryWriter(PlenaryReader reader, TimeProvider time, IEnumerable<IPlenaryChangeObserver>? observers = null)
{
    /// <summary>Makes the event from the latest view (and the log it was built from); throws a domain exception to refuse.</summary>
    private readonly IReadOnlyList<IPlenaryChangeObserver> _observers = [.. observers ?? []];

    public delegate PlenaryEvent Decision(PlenaryView current, PlenaryLog log, DateTimeOffset now);

    public async Task<PlenaryResult> WriteAsync(
        string workshopId, Participant person, bool facilitatorOnly, Decision decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var read = await reader.ReadAsync(workshopId, cancellationToken);
        if (read is not { } found)
        {
            return PlenaryResult.NotFound;
        }

        if (facilitatorOnly && !found.Workshop.IsFacilitator(person.UserId))
        {
            return PlenaryResult.NotFacilitator;
        }

        PlenaryLog stored;
        try
        {
            var now = time.GetUtcNow();
            stored = await reader.Repository.AppendPlenaryAsync(
                workshopId,
                log => decide(PlenaryReader.ViewOf(found.Workshop, found.View.Consolidation.Groups, log), log, now),
                cancellationToken);
        }
        catch (DomainValidationException refused)
        {
            return new PlenaryResult(PlenaryOutcome.Refused, refused.Message, found.View);
        }

        foreach (var observer in _observers)
        {
            await observer.OnPlenaryChangedAsync(new PlenaryChange(workshopId, stored.EventCount), cancellationToken);
        }

        var after = await reader.ReadAsync(workshopId, cancellationToken);
        return new PlenaryResult(PlenaryOutcome.Applied, null, after?.View);
    }
}
