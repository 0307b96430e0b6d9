using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

public sealed partial record JourneyMap
{
    /// <summary>Adds an initiative linked to existing pain points.</summary>
    public JourneyMap ProposeInitiative(
        string initiativeId,
        string title,
        string? description,
        IEnumerable<string> painPointIds,
        string proposedById,
        string proposedByName)
    {
        Identifier.Require(initiativeId, "initiative id");
        ArgumentNullException.ThrowIfNull(painPointIds);
        if (FindInitiative(initiativeId) is not null)
        {
            throw new DomainValidationException("initiative id", $"An initiative with id '{initiativeId}' already exists.");
        }

        if (InitiativeList.Count >= MaxInitiatives)
        {
            throw new DomainValidationException("initiatives", $"A group can propose at most {MaxInitiatives} initiatives.");
        }

        var links = painPointIds.Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in links)
        {
            var item = FindItem(id);
            if (item is null || item.Lane != Lane.PainPoint)
            {
                throw new DomainValidationException("pain points", $"'{id}' is not a pain point on this map.");
            }
        }

        var initiative = new Initiative
        {
            Id = initiativeId,
            Title = TextAnswer.Require(title, "initiative title"),
            Description = TextAnswer.Optional(description, "initiative description"),
            ProposedById = Identifier.Require(proposedById, "proposer id"),
            ProposedByName = TextAnswer.Require(proposedByName, "proposer name", 200),
            PainPointIdList = [.. links],
        };
        return this with { InitiativeList = InitiativeList.Add(initiative) };
    }

    /// <summary>Puts one of the user's dots on an initiative. Dot limits are the session's rule.</summary>
    public JourneyMap CastVote(string initiativeId, string userId)
    {
        var initiative = RequireInitiative(initiativeId);
        Identifier.Require(userId, "user id");
        return initiative.VoterIdList.Contains(userId)
            ? throw new DomainValidationException("vote", $"You have already put a dot on '{initiative.Title}'.")
            : ReplaceInitiative(initiative, initiative with { VoterIdList = initiative.VoterIdList.Add(userId) });
    }

    /// <summary>Takes the user's dot back off an initiative.</summary>
    public JourneyMap WithdrawVote(string initiativeId, string userId)
    {
        var initiative = RequireInitiative(initiativeId);
        return initiative.VoterIdList.Contains(userId)
            ? ReplaceInitiative(initiative, initiative with { VoterIdList = initiative.VoterIdList.Remove(userId) })
            : throw new DomainValidationException("vote", $"You have no dot on '{initiative.Title}' to take back.");
    }

    /// <summary>Rates an initiative's impact and effort, each 1..5.</summary>
    public JourneyMap RateInitiative(string initiativeId, int impact, int effort)
    {
        var initiative = RequireInitiative(initiativeId);
        if (!Initiative.IsValidRating(impact))
        {
            throw new DomainValidationException("impact", $"Impact must be between {Initiative.MinRating} and {Initiative.MaxRating}.");
        }

        if (!Initiative.IsValidRating(effort))
        {
            throw new DomainValidationException("effort", $"Effort must be between {Initiative.MinRating} and {Initiative.MaxRating}.");
        }

        return ReplaceInitiative(initiative, initiative with { Impact = impact, Effort = effort });
    }

    private JourneyMap ReplaceInitiative(Initiative old, Initiative updated) =>
        this with { InitiativeList = InitiativeList.Replace(old, updated) };

    private JourneyMap UnlinkPainPoint(string itemId)
    {
        var list = InitiativeList;
        foreach (var initiative in InitiativeList.Where(i => i.PainPointIdList.Contains(itemId)))
        {
            list = list.Replace(initiative, initiative with { PainPointIdList = initiative.PainPointIdList.Remove(itemId) });
        }

        return this with { InitiativeList = list };
    }
}
