using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Planning;

/// <summary>
/// Every group's ideas pooled for the second half: duplicates merged by the facilitator, a workshop-wide dot vote,
/// the impact/effort rating and the action plan. Worked out from the groups' maps and the changes every time, like
/// <see cref="WorkshopConsolidation"/>, so the groups' own initiatives are never edited.
/// </summary>
public sealed class InitiativePool
{
    /// <summary>Dots each person has for the workshop-wide vote unless the facilitator says otherwise.</summary>
    public const int DefaultDotsPerPerson = 3;

    /// <summary>Longest owner, title or success measure.</summary>
    public const int MaxShortText = 200;

    private InitiativePool(IReadOnlyList<GroupMap> groups, IReadOnlyList<PlanChange> changes, int dotsPerPerson, IReadOnlyList<PooledInitiative> initiatives, IReadOnlyList<SkippedChange> skipped)
    {
        Groups = groups;
        Changes = changes;
        DotsPerPerson = dotsPerPerson;
        Initiatives = initiatives;
        Skipped = skipped;
    }

    /// <summary>The groups' maps, as they are.</summary>
    public IReadOnlyList<GroupMap> Groups { get; }

    /// <summary>Every change given, in order.</summary>
    public IReadOnlyList<PlanChange> Changes { get; }

    /// <summary>Dots each person may place.</summary>
    public int DotsPerPerson { get; }

    /// <summary>The pooled initiatives: most workshop dots first, then most group dots, then the order proposed.</summary>
    public IReadOnlyList<PooledInitiative> Initiatives { get; }

    /// <summary>Changes left out because they no longer fit, with the reason.</summary>
    public IReadOnlyList<SkippedChange> Skipped { get; }

    /// <summary>The agreed initiatives (agreed, in progress or done): the action plan.</summary>
    public IReadOnlyList<PooledInitiative> ActionPlan => [.. Initiatives.Where(i => i.Plan is not null && i.Status != InitiativeStatus.Proposed)];

    /// <summary>Works the pool out.</summary>
    public static InitiativePool Build(IEnumerable<GroupMap> groups, IEnumerable<PlanChange>? changes = null, int dotsPerPerson = DefaultDotsPerPerson)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (dotsPerPerson is < 1 or > 20)
        {
            throw new DomainValidationException("dots per person", "Each person needs between 1 and 20 dots.");
        }

        var groupList = ConsolidatedMap.Merge(groups).Groups;
        var changeList = changes?.ToList() ?? [];
        var working = new PoolPartition(groupList, dotsPerPerson);
        var skipped = new List<SkippedChange>();
        for (var i = 0; i < changeList.Count; i++)
        {
            if (working.Check(changeList[i]) is { } reason)
            {
                skipped.Add(new SkippedChange(i, changeList[i], reason));
            }
            else
            {
                working.Apply(changeList[i]);
            }
        }

        return new InitiativePool(groupList, changeList, dotsPerPerson, working.Initiatives(), skipped);
    }

    /// <summary>The pooled initiative standing for a group's initiative, or null.</summary>
    public PooledInitiative? Find(InitiativeRef member) => Initiatives.FirstOrDefault(i => i.Contains(member));

    /// <summary>A pooled initiative by its id, or null.</summary>
    public PooledInitiative? FindById(string id) => Initiatives.FirstOrDefault(i => i.Id == id);

    /// <summary>How many workshop-wide dots a person has placed.</summary>
    public int DotsUsedBy(string voterId) => Initiatives.Count(i => i.VoterIds.Contains(voterId));

    /// <summary>How many dots a person has left.</summary>
    public int DotsLeftFor(string voterId) => Math.Max(0, DotsPerPerson - DotsUsedBy(voterId));

    /// <summary>Applies one change; refuses, naming why, one that does not fit now.</summary>
    /// <exception cref="DomainValidationException">The change does not fit.</exception>
    public InitiativePool Apply(PlanChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var candidate = Build(Groups, [.. Changes, change], DotsPerPerson);
        return candidate.Skipped.FirstOrDefault(s => s.Index == Changes.Count) is { } refused
            ? throw new DomainValidationException("initiatives", refused.Reason)
            : candidate;
    }

    /// <summary>The pool without the facilitator's last merge (votes and plans stay).</summary>
    /// <exception cref="DomainValidationException">Nothing has been merged.</exception>
    public InitiativePool UndoLastMerge()
    {
        var last = Changes.Select((c, i) => (c, i)).LastOrDefault(p => p.c is MergeInitiatives);
        return last.c is null
            ? throw new DomainValidationException("initiatives", "No initiatives have been merged.")
            : Build(Groups, Changes.Where((_, i) => i != last.i), DotsPerPerson);
    }
}

/// <summary>A change that no longer fits the groups' initiatives, and why.</summary>
/// <param name="Index">Its position in <see cref="InitiativePool.Changes"/>.</param>
/// <param name="Change">The change.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedChange(int Index, PlanChange Change, string Reason);
