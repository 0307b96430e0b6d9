using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Setup;

/// <summary>
/// Which workshop a Teams place means. A channel holds several workshops over time: the newest is current (bot
/// commands act on it), older ones stay readable in the tab. A channel where nobody typed "new workshop" keeps the
/// workshop its first group's start made under the place's own id, as before facilitators could set one up. A
/// facilitator's thread means the workshop set up from it.
/// </summary>
public sealed class ChannelWorkshops
{
    private readonly WorkshopRepository _repository;

    internal ChannelWorkshops(WorkshopRepository repository) => _repository = repository;

    /// <summary>The current workshop of the place, or the place unchanged when the channel has none yet.</summary>
    public async Task<WorkshopPlace> CurrentAsync(WorkshopPlace place, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.TeamId is not { Length: > 0 } || place.ChannelId is not { Length: > 0 })
        {
            return place;
        }

        var headers = await _repository.ListHeadersAsync(place.TenantId, place.TeamId, place.ChannelId, cancellationToken);
        return headers.Count == 0 ? place : place with { WorkshopId = headers[^1].WorkshopId };
    }

    /// <summary>
    /// The workshop a conversation means: the one it is bound to (a group's thread or a facilitator's thread), else the
    /// current workshop of its channel, else the place's own id (where a first group's start would create one). Every
    /// bot command that acts on "this workshop" asks here, so a workshop set up with "new workshop" (which has an id
    /// of its own) is found from its threads and from new posts in its channel alike.
    /// </summary>
    public async Task<string> MeantByAsync(string? conversationId, WorkshopPlace place, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (!string.IsNullOrEmpty(conversationId) && await _repository.FindConversationAsync(conversationId, cancellationToken) is { } binding)
        {
            return binding.WorkshopId;
        }

        return (await CurrentAsync(place, cancellationToken)).WorkshopId;
    }

    /// <summary>The workshop with that id, or null.</summary>
    public async Task<Workshop?> FindAsync(string workshopId, CancellationToken cancellationToken = default) =>
        (await _repository.LoadWorkshopAsync(workshopId, cancellationToken))?.Workshop;

    /// <summary>
    /// The workshop as this instance read or wrote it within the last moment (see
    /// <see cref="Hosting.WorkshopsOptions.RecentReadMilliseconds"/>): for finding where a card lives and showing it,
    /// never for a decision a write depends on.
    /// </summary>
    public async Task<Workshop?> FindRecentAsync(string workshopId, CancellationToken cancellationToken = default) =>
        (await _repository.LoadRecentWorkshopAsync(workshopId, cancellationToken))?.Workshop;

    /// <summary>The workshop set up from this conversation (a facilitator's thread), or null.</summary>
    public async Task<Workshop?> OfFacilitatorThreadAsync(string? conversationId, CancellationToken cancellationToken = default) =>
        await FindThreadAsync(conversationId, cancellationToken) is { } binding
            ? (await _repository.LoadWorkshopAsync(binding.WorkshopId, cancellationToken))?.Workshop
            : null;

    /// <summary>The facilitators' thread of the workshop and its progress card, or null when it was not set up from a thread.</summary>
    public Task<GroupConversation?> FacilitatorThreadAsync(Workshop workshop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return FacilitatorThreadAsync(workshop.Id, workshop.FacilitatorConversationId, cancellationToken);
    }

    /// <summary>The facilitators' thread <paramref name="conversationId"/> of the workshop, when it is still bound to it.</summary>
    public async Task<GroupConversation?> FacilitatorThreadAsync(string workshopId, string? conversationId, CancellationToken cancellationToken = default) =>
        await FindThreadAsync(conversationId, cancellationToken) is { } binding && binding.WorkshopId == workshopId
            ? new GroupConversation(binding.ConversationId, binding.ServiceUrl, binding.CardActivityId, binding.TenantId)
            : null;

    /// <summary>
    /// As <see cref="FacilitatorThreadAsync(Workshop, CancellationToken)"/>, from the binding this instance read or saved
    /// within the last moment: for routing an update of the progress card.
    /// </summary>
    public async Task<GroupConversation?> RecentFacilitatorThreadAsync(Workshop workshop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return !string.IsNullOrEmpty(workshop.FacilitatorConversationId)
            && await _repository.FindRecentConversationAsync(workshop.FacilitatorConversationId, cancellationToken) is { StreamId: WorkshopStreams.Workshop } binding
            && binding.WorkshopId == workshop.Id
                ? new GroupConversation(binding.ConversationId, binding.ServiceUrl, binding.CardActivityId, binding.TenantId)
                : null;
    }

    /// <summary>Remembers the facilitators' thread of a workshop and the message its progress card is in.</summary>
    public Task SaveFacilitatorThreadAsync(string workshopId, GroupConversation thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return _repository.SaveConversationAsync(
            new ConversationBinding(thread.ConversationId, workshopId, WorkshopStreams.Workshop, thread.ServiceUrl, thread.CardActivityId, thread.TenantId),
            cancellationToken);
    }

    private async Task<ConversationBinding?> FindThreadAsync(string? conversationId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(conversationId) ? null
        : await _repository.FindConversationAsync(conversationId, cancellationToken) is { StreamId: WorkshopStreams.Workshop } binding ? binding
        : null;
}
