using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Planning;

/// <summary>
/// The working set while an <see cref="InitiativePool"/> is worked out: every group initiative in exactly one bucket,
/// each change checked before it is applied.
/// </summary>
internal sealed class PoolPartition
{
    private readonly List<Bucket> _buckets = [];
    private readonly Dictionary<InitiativeRef, Bucket> _bucketOf = [];
    private readonly Dictionary<InitiativeRef, int> _position = [];
    private readonly IReadOnlyList<GroupMap> _groups;
    private readonly int _dotsPerPerson;

    public PoolPartition(IReadOnlyList<GroupMap> groups, int dotsPerPerson)
    {
        _groups = groups;
        _dotsPerPerson = dotsPerPerson;
        foreach (var group in groups)
        {
            foreach (var initiative in group.Map.Initiatives)
            {
                var member = new GroupInitiative(group.GroupId, group.GroupName, initiative);
                var reference = new InitiativeRef(group.GroupId, initiative.Id);
                _position[reference] = _position.Count;
                var bucket = new Bucket([member]);
                _buckets.Add(bucket);
                _bucketOf[reference] = bucket;
            }
        }
    }

    public string? Check(PlanChange change)
    {
        var target = TargetOf(change);
        if (target.Any(r => !_bucketOf.ContainsKey(r)))
        {
            return $"The initiative {target.First(r => !_bucketOf.ContainsKey(r))} is no longer on its group's map.";
        }

        return change switch
        {
            MergeInitiatives => target.Select(r => _bucketOf[r]).Distinct().Count() < 2 ? "Choose initiatives from at least two entries to merge." : null,
            RetitleInitiative retitle => TextAnswer.Check(retitle.Title, "initiative title", InitiativePool.MaxShortText),
            CastDot dot => CheckDot(dot),
            WithdrawDot dot => _bucketOf[dot.Initiative].Voters.Contains(dot.VoterId) ? null : "You have no dot on that initiative.",
            RateInitiative rate => Initiative.IsValidRating(rate.Impact) && Initiative.IsValidRating(rate.Effort)
                ? null
                : $"Impact and effort are rated from {Initiative.MinRating} to {Initiative.MaxRating}.",
            LinkPainPoints link => CheckPainPoints(link.PainPoints),
            AgreeInitiative agree => TextAnswer.Check(agree.Owner, "owner", InitiativePool.MaxShortText)
                ?? (agree.SuccessMeasure is null ? null : TextAnswer.Check(agree.SuccessMeasure, "success measure", TextAnswer.MaxLength)),
            ChangeInitiativeStatus status => !Enum.IsDefined(status.Status)
                ? "That is not an initiative status."
                : _bucketOf[status.Initiative].Plan is null && status.Status != InitiativeStatus.Proposed
                    ? "Agree the initiative (owner and due date) before it moves on."
                    : null,
            _ => $"'{change.GetType().Name}' is not a planning change.",
        };
    }

    public void Apply(PlanChange change)
    {
        switch (change)
        {
            case MergeInitiatives merge:
                Merge(merge.Initiatives);
                break;
            case RetitleInitiative retitle:
                _bucketOf[retitle.Initiative].Title = retitle.Title.Trim();
                break;
            case CastDot dot:
                _bucketOf[dot.Initiative].Voters.Add(dot.VoterId);
                break;
            case WithdrawDot dot:
                _bucketOf[dot.Initiative].Voters.Remove(dot.VoterId);
                break;
            case RateInitiative rate:
                _bucketOf[rate.Initiative].Rating = (rate.Impact, rate.Effort);
                break;
            case LinkPainPoints link:
                _bucketOf[link.Initiative].Linked.UnionWith(link.PainPoints);
                break;
            case AgreeInitiative agree:
                var bucket = _bucketOf[agree.Initiative];
                var status = bucket.Plan is { Status: not InitiativeStatus.Proposed } plan ? plan.Status : InitiativeStatus.Agreed;
                bucket.Plan = new ActionPlanEntry(agree.Owner.Trim(), agree.DueDate, agree.SuccessMeasure?.Trim() is { Length: > 0 } measure ? measure : null, status);
                break;
            case ChangeInitiativeStatus moveOn when _bucketOf[moveOn.Initiative].Plan is { } existing:
                _bucketOf[moveOn.Initiative].Plan = existing with { Status = moveOn.Status };
                break;
        }
    }

    public IReadOnlyList<PooledInitiative> Initiatives() =>
        _buckets
            .Select(b => (Bucket: b, Pooled: ToPooled(b)))
            .OrderByDescending(p => p.Pooled.Votes)
            .ThenByDescending(p => p.Pooled.GroupVotes)
            .ThenBy(p => _position[p.Bucket.First])
            .Select(p => p.Pooled)
            .ToList();

    private static IReadOnlyList<InitiativeRef> TargetOf(PlanChange change) => change switch
    {
        MergeInitiatives merge => merge.Initiatives,
        RetitleInitiative retitle => [retitle.Initiative],
        CastDot dot => [dot.Initiative],
        WithdrawDot dot => [dot.Initiative],
        RateInitiative rate => [rate.Initiative],
        LinkPainPoints link => [link.Initiative],
        AgreeInitiative agree => [agree.Initiative],
        ChangeInitiativeStatus status => [status.Initiative],
        _ => [],
    };

    private string? CheckDot(CastDot dot)
    {
        if (string.IsNullOrWhiteSpace(dot.VoterId))
        {
            return "A dot needs a voter.";
        }

        var bucket = _bucketOf[dot.Initiative];
        if (bucket.Voters.Contains(dot.VoterId))
        {
            return "You have already put a dot on that initiative.";
        }

        return _buckets.Count(b => b.Voters.Contains(dot.VoterId)) >= _dotsPerPerson
            ? $"You have used all {_dotsPerPerson} of your dots; take one back to move it."
            : null;
    }

    private string? CheckPainPoints(IReadOnlyList<ItemRef> painPoints)
    {
        foreach (var reference in painPoints)
        {
            var item = _groups.FirstOrDefault(g => g.GroupId == reference.GroupId)?.Map.FindItem(reference.ItemId);
            if (item is null || item.Lane != Lane.PainPoint)
            {
                return $"{reference} is not a pain point on its group's map.";
            }
        }

        return painPoints.Count == 0 ? "Choose the pain points to link." : null;
    }

    private void Merge(IReadOnlyList<InitiativeRef> members)
    {
        var buckets = members.Select(r => _bucketOf[r]).Distinct().OrderBy(b => _position[b.First]).ToList();
        var into = buckets[0];
        foreach (var other in buckets.Skip(1))
        {
            into.Members.AddRange(other.Members);
            into.Title ??= other.Title;
            into.Voters.UnionWith(other.Voters);
            into.Linked.UnionWith(other.Linked);
            into.Rating ??= other.Rating;
            into.Plan ??= other.Plan;
            foreach (var member in other.Members)
            {
                _bucketOf[new InitiativeRef(member.GroupId, member.Initiative.Id)] = into;
            }

            _buckets.Remove(other);
        }

        into.Members.Sort((a, b) => _position[new(a.GroupId, a.Initiative.Id)].CompareTo(_position[new(b.GroupId, b.Initiative.Id)]));
    }

    private PooledInitiative ToPooled(Bucket bucket)
    {
        var painPoints = bucket.Members
            .SelectMany(m => m.Initiative.PainPointIds.Select(id => new ItemRef(m.GroupId, id)))
            .Concat(bucket.Linked.OrderBy(r => r.ToString(), StringComparer.Ordinal))
            .Distinct()
            .ToList();
        var (impact, effort) = bucket.Rating ?? (MeanOf(bucket.Members.Select(m => m.Initiative.Impact)), MeanOf(bucket.Members.Select(m => m.Initiative.Effort)));
        return new PooledInitiative(
            PooledInitiative.IdFor(bucket.First),
            bucket.Title ?? bucket.Members[0].Initiative.Title,
            [.. bucket.Members],
            painPoints,
            [.. bucket.Voters],
            impact,
            effort,
            bucket.Plan);
    }

    private static int? MeanOf(IEnumerable<int?> ratings)
    {
        var given = ratings.Where(r => r is not null).Select(r => r!.Value).ToList();
        return given.Count == 0 ? null : (int)Math.Round(given.Average(), MidpointRounding.AwayFromZero);
    }

    private sealed class Bucket(List<GroupInitiative> members)
    {
        public List<GroupInitiative> Members { get; } = members;

        public InitiativeRef First => new(Members[0].GroupId, Members[0].Initiative.Id);

        public string? Title { get; set; }

        public SortedSet<string> Voters { get; } = new(StringComparer.Ordinal);

        public HashSet<ItemRef> Linked { get; } = [];

        public (int Impact, int Effort)? Rating { get; set; }

        public ActionPlanEntry? Plan { get; set; }
    }
}
