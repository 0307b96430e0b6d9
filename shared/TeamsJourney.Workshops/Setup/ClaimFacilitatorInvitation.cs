using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Setup;

/// <summary>
/// An invited co-facilitator asks for a facilitator action for the first time: the chat id they were invited by
/// (a Teams mention carries no Entra id) becomes their Entra id in the workshop's facilitators.
/// </summary>
public sealed class ClaimFacilitatorInvitation
{
    private readonly WorkshopRepository _repository;
    private readonly TimeProvider _time;

    internal ClaimFacilitatorInvitation(WorkshopRepository repository, TimeProvider time)
    {
        _repository = repository;
        _time = time;
    }

    /// <summary>True when <paramref name="person"/> is (now) a facilitator of the workshop.</summary>
    public async Task<bool> ClaimAsync(string workshopId, string chatUserId, Participant person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (await _repository.LoadWorkshopAsync(workshopId, cancellationToken) is not { } stored)
        {
            return false;
        }

        if (stored.Workshop.IsFacilitator(person.UserId))
        {
            return true;
        }

        if (!stored.Workshop.InvitedFacilitators.Contains(chatUserId))
        {
            return false;
        }

        var claimed = false;
        await _repository.UpdateWorkshopAsync(workshopId, w => claimed = w.ClaimFacilitatorInvitation(chatUserId, person.UserId) || w.IsFacilitator(person.UserId), _time.GetUtcNow(), cancellationToken);
        return claimed;
    }
}
