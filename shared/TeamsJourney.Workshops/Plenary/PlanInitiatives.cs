using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.People;

namespace TeamsJourney.Workshops.Plenary;

/// <summary>
/// The workshop decides what to do: the facilitator merges duplicate ideas, rates, links pain points, agrees
/// initiatives (owner, due date, success measure) and moves them on; everyone places their workshop-wide dots.
/// </summary>
public sealed class PlanInitiatives
{
    private readonly PlenaryWriter _writer;

    internal PlanInitiatives(PlenaryWriter writer) => _writer = writer;

    /// <summary>
    /// Applies a change. Dots are the person's own (<see cref="CastDot.VoterId"/> must be theirs) and open to every
    /// member; every other change is the facilitator's.
    /// </summary>
    public Task<PlenaryResult> ChangeAsync(string workshopId, Participant person, PlanChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(change);
        var isDot = change is CastDot or WithdrawDot;
        return _writer.WriteAsync(workshopId, person, facilitatorOnly: !isDot, (view, _, now) =>
        {
            var voter = change switch { CastDot dot => dot.VoterId, WithdrawDot dot => dot.VoterId, _ => null };
            if (voter is not null && voter != person.UserId)
            {
                throw new DomainValidationException("dot", "You can only place or take back your own dots.");
            }

            view.Initiatives.Apply(change);
            return PlenaryKinds.Encode(change, person.UserId, now);
        }, cancellationToken);
    }

    /// <summary>Undoes the facilitator's last merge of initiatives.</summary>
    public Task<PlenaryResult> UndoMergeAsync(string workshopId, Participant facilitator, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, _, now) =>
        {
            view.Initiatives.UndoLastMerge();
            return new InitiativeMergeUndone(facilitator.UserId, now);
        }, cancellationToken);

    /// <summary>Sets how many workshop-wide dots each person has (1..20).</summary>
    public Task<PlenaryResult> SetDotsPerPersonAsync(string workshopId, Participant facilitator, int dots, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(workshopId, facilitator, facilitatorOnly: true, (view, _, now) =>
        {
            InitiativePool.Build(view.Initiatives.Groups, view.Initiatives.Changes, dots);
            return new DotsPerPersonSet(facilitator.UserId, now, dots);
        }, cancellationToken);
}
