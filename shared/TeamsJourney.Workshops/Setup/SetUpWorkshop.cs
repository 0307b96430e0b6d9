using System.Security.Cryptography;
using System.Text;
using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Setup;

/// <summary>What a facilitator fills in for a workshop.</summary>
/// <param name="Title">The workshop's title.</param>
/// <param name="Objectives">What it wants to achieve.</param>
/// <param name="Stakeholders">Who has a stake in the service.</param>
/// <param name="Setup">Scenario, depth, time boxes, reminder and auto-advance.</param>
/// <param name="InvitedFacilitators">Chat ids (Teams "29:" ids) of co-facilitators to invite.</param>
public sealed record WorkshopDraft(
    string Title, IReadOnlyList<string> Objectives, IReadOnlyList<string> Stakeholders, WorkshopSetup Setup, IReadOnlyList<string> InvitedFacilitators);

/// <summary>A facilitator saves the setup form of a workshop.</summary>
/// <param name="Place">The channel the workshop belongs to.</param>
/// <param name="FormId">
/// Identifies the form (the card message it came from): saving the same form twice changes one workshop, never makes two.
/// </param>
/// <param name="Facilitator">Who saves it; the creator becomes a facilitator and needs no group.</param>
/// <param name="FacilitatorThread">The thread the facilitator runs the workshop from, where its progress card goes.</param>
/// <param name="Draft">What was filled in.</param>
public sealed record SetUpWorkshopRequest(WorkshopPlace Place, string FormId, Participant Facilitator, GroupConversation? FacilitatorThread, WorkshopDraft Draft);

/// <summary>How saving a workshop's setup ended.</summary>
public enum SetUpOutcome
{
    Created,
    Updated,
    NotFacilitator,
    Invalid,
}

/// <summary>The workshop as saved, or the field at fault and why.</summary>
public sealed record SetUpWorkshopResult(SetUpOutcome Outcome, Workshop? Workshop, string? Field = null, string? Problem = null);

/// <summary>
/// "new workshop": creates a workshop in a channel from the facilitator's form (or changes it when the same form, or
/// a later one for the same workshop, is saved again). The newest workshop of a channel is its current one.
/// </summary>
public sealed class SetUpWorkshop
{
    private readonly WorkshopRepository _repository;
    private readonly ChannelWorkshops _channels;
    private readonly SetWorkshopDepth _depth;
    private readonly TimeProvider _time;

    internal SetUpWorkshop(WorkshopRepository repository, ChannelWorkshops channels, SetWorkshopDepth depth, TimeProvider time)
    {
        _repository = repository;
        _channels = channels;
        _depth = depth;
        _time = time;
    }

    /// <summary>The id of the workshop a form creates: the same form always means the same workshop.</summary>
    public static string WorkshopIdFor(WorkshopPlace place, string formId)
    {
        ArgumentNullException.ThrowIfNull(place);
        var seed = $"{place.TenantId}|{place.TeamId}|{place.ChannelId}|form|{formId}";
        return "ws-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..24];
    }

    /// <summary>Creates or updates the workshop; see <see cref="SetUpWorkshopResult"/>.</summary>
    public async Task<SetUpWorkshopResult> SaveAsync(SetUpWorkshopRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = WorkshopIdFor(request.Place, request.FormId);
        var now = _time.GetUtcNow();
        Workshop draft;
        try
        {
            draft = Draft(id, request, now);
        }
        catch (DomainValidationException ex)
        {
            return new SetUpWorkshopResult(SetUpOutcome.Invalid, null, ex.Field, ex.Message);
        }

        var created = await _repository.CreateWorkshopAsync(draft, now, cancellationToken);
        if (!created)
        {
            var existing = (await _repository.LoadWorkshopAsync(id, cancellationToken))!.Workshop;
            if (!existing.IsFacilitator(request.Facilitator.UserId))
            {
                return new SetUpWorkshopResult(SetUpOutcome.NotFacilitator, existing, Problem: "Only the workshop's facilitators can change its setup.");
            }

            try
            {
                draft = (await _repository.UpdateWorkshopAsync(id, w => Apply(w, request.Draft, now), now, cancellationToken)).Workshop;
            }
            catch (DomainValidationException ex)
            {
                return new SetUpWorkshopResult(SetUpOutcome.Invalid, existing, ex.Field, ex.Message);
            }
        }

        if (request.FacilitatorThread is { } thread)
        {
            var known = await _channels.FacilitatorThreadAsync(draft, cancellationToken);
            await _channels.SaveFacilitatorThreadAsync(id, thread with { CardActivityId = known?.CardActivityId ?? thread.CardActivityId }, cancellationToken);
        }

        if (request.Draft.Setup.Depth is { } depth)
        {
            // The form's depth is the workshop's depth: the same use case as typing "depth mvp|full", so groups start
            // at it and running groups switch at the stage they are on. Groups already at that depth are left alone,
            // so saving the form again switches nobody twice; the key only has to differ from other changes' keys.
            var changed = await _depth.SetAsync(
                id,
                request.Facilitator,
                depth == "full" ? ScenarioDepth.Full : ScenarioDepth.Mvp,
                GroupConversations.ConversationIdOf,
                $"setup:{request.FormId}:{now.UtcTicks}:{depth}",
                cancellationToken);
            if (changed.Outcome == DepthChangeOutcome.Invalid)
            {
                return new SetUpWorkshopResult(SetUpOutcome.Invalid, draft, "depth", changed.Problem ?? "That depth cannot be used.");
            }
        }

        return new SetUpWorkshopResult(created ? SetUpOutcome.Created : SetUpOutcome.Updated, draft);
    }

    /// <summary>
    /// A facilitator invites people (by the chat ids a Teams mention carries) to co-facilitate; false when the person
    /// is not a facilitator.
    /// </summary>
    public async Task<bool> InviteAsync(string workshopId, Participant facilitator, IReadOnlyList<string> chatUserIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        ArgumentNullException.ThrowIfNull(chatUserIds);
        if (await _repository.LoadWorkshopAsync(workshopId, cancellationToken) is not { } stored || !stored.Workshop.IsFacilitator(facilitator.UserId))
        {
            return false;
        }

        await _repository.UpdateWorkshopAsync(
            workshopId,
            w =>
            {
                foreach (var id in chatUserIds)
                {
                    w.InviteFacilitator(id);
                }
            },
            _time.GetUtcNow(),
            cancellationToken);
        return true;
    }

    private static Workshop Draft(string id, SetUpWorkshopRequest request, DateTimeOffset now)
    {
        var place = request.Place;
        if (place.TeamId is not { Length: > 0 } || place.ChannelId is not { Length: > 0 })
        {
            throw new DomainValidationException("channel", "A workshop is set up in a team channel: type 'new workshop' in the channel its groups will use.");
        }

        var workshop = Workshop.Create(id, request.Draft.Title, new TeamsLocation(place.TenantId, place.TeamId, place.ChannelId));
        workshop.AddFacilitator(request.Facilitator.UserId);
        workshop.UseFacilitatorThread(request.FacilitatorThread?.ConversationId);
        Apply(workshop, request.Draft, now);
        workshop.ClearDomainEvents();
        return workshop;
    }

    private static void Apply(Workshop workshop, WorkshopDraft draft, DateTimeOffset now)
    {
        workshop.Retitle(draft.Title);
        workshop.ReplaceObjectives(draft.Objectives);
        workshop.ReplaceStakeholders(draft.Stakeholders);
        workshop.Configure(draft.Setup, now);
        foreach (var invited in draft.InvitedFacilitators)
        {
            workshop.InviteFacilitator(invited);
        }
    }
}
