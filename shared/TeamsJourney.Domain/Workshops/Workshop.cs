using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Workshops;

/// <summary>
/// A journey mapping workshop: its purpose, who it is for, where in Teams it runs and its
/// breakout groups. State changes go through methods that refuse invalid values.
/// </summary>
public sealed partial class Workshop
{
    /// <summary>Longest workshop title or group name.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Most breakout groups per workshop.</summary>
    public const int MaxGroups = 30;

    /// <summary>Most objectives or stakeholders per workshop.</summary>
    public const int MaxListEntries = 50;

    private readonly List<string> _objectives = [];
    private readonly List<string> _stakeholders = [];
    private readonly List<WorkshopGroup> _groups = [];
    private readonly List<string> _facilitators = [];
    private readonly List<string> _invitedFacilitators = [];

    private Workshop(string id, string title, TeamsLocation location)
    {
        Id = id;
        Title = title;
        Location = location;
    }

    /// <summary>The workshop id (the storage partition).</summary>
    public string Id { get; }

    /// <summary>The workshop title.</summary>
    public string Title { get; private set; }

    /// <summary>Where the workshop runs in Teams.</summary>
    public TeamsLocation Location { get; private set; }

    /// <summary>What the workshop wants to achieve.</summary>
    public IReadOnlyList<string> Objectives => _objectives.AsReadOnly();

    /// <summary>Who has a stake in the service being mapped.</summary>
    public IReadOnlyList<string> Stakeholders => _stakeholders.AsReadOnly();

    /// <summary>The user ids of the people who run the workshop (the creator and co-facilitators): they need no group of their own.</summary>
    public IReadOnlyList<string> Facilitators => _facilitators.AsReadOnly();

    /// <summary>The breakout groups in the order they were added.</summary>
    public IReadOnlyList<WorkshopGroup> Groups => _groups.AsReadOnly();

    /// <summary>True once <see cref="Freeze"/> made this instance a read-only view.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>
    /// Makes this instance a read-only view that many readers may share (every change then throws): routing a turn
    /// reads the workshop thousands of times a second, and rebuilding it for each read was a large part of a turn's
    /// garbage. A change is made on a workshop loaded for that change.
    /// </summary>
    public void Freeze() => IsFrozen = true;

    /// <summary>Creates a workshop after checking every value.</summary>
    public static Workshop Create(
        string id,
        string title,
        TeamsLocation location,
        IEnumerable<string>? objectives = null,
        IEnumerable<string>? stakeholders = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var workshop = new Workshop(Identifier.Require(id, "workshop id"), TextAnswer.Require(title, "title", MaxTitleLength), location);
        workshop.ReplaceObjectives(objectives ?? []);
        workshop.ReplaceStakeholders(stakeholders ?? []);
        return workshop;
    }

    /// <summary>Gives the workshop a new title.</summary>
    public void Retitle(string title)
    {
        ThrowIfFrozen();
        Title = TextAnswer.Require(title, "title", MaxTitleLength);
    }

    /// <summary>Moves the workshop to another place in Teams.</summary>
    public void MoveTo(TeamsLocation location)
    {
        ThrowIfFrozen();
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>Replaces the objectives; blank entries are refused.</summary>
    public void ReplaceObjectives(IEnumerable<string> objectives)
    {
        ThrowIfFrozen();
        ReplaceList(_objectives, objectives, "objective");
    }

    /// <summary>Replaces the stakeholders; blank entries are refused.</summary>
    public void ReplaceStakeholders(IEnumerable<string> stakeholders)
    {
        ThrowIfFrozen();
        ReplaceList(_stakeholders, stakeholders, "stakeholder");
    }

    /// <summary>Makes a user a facilitator of the workshop; adding one twice changes nothing.</summary>
    public void AddFacilitator(string userId)
    {
        ThrowIfFrozen();
        var id = Identifier.Require(userId, "facilitator id");
        if (_facilitators.Contains(id))
        {
            return;
        }

        if (_facilitators.Count >= MaxListEntries)
        {
            throw new DomainValidationException("facilitators", $"A workshop has at most {MaxListEntries} facilitators.");
        }

        _facilitators.Add(id);
    }

    /// <summary>True when <paramref name="userId"/> runs the workshop.</summary>
    public bool IsFacilitator(string userId) => _facilitators.Contains(userId);

    /// <summary>
    /// The chat ids (Teams "29:..." ids) of people a facilitator invited to co-facilitate who have not yet acted as
    /// one. Teams mentions carry the chat id, not the Entra object id facilitators are known by; the invitation is
    /// claimed (<see cref="ClaimFacilitatorInvitation"/>) the first time that person asks for a facilitator action.
    /// </summary>
    public IReadOnlyList<string> InvitedFacilitators => _invitedFacilitators.AsReadOnly();

    /// <summary>Invites the person with chat id <paramref name="chatUserId"/> to co-facilitate.</summary>
    public void InviteFacilitator(string chatUserId)
    {
        ThrowIfFrozen();
        var id = Identifier.Require(chatUserId, "facilitator id");
        if (!_invitedFacilitators.Contains(id))
        {
            if (_invitedFacilitators.Count >= MaxListEntries)
            {
                throw new DomainValidationException("facilitators", $"A workshop has at most {MaxListEntries} invited facilitators.");
            }

            _invitedFacilitators.Add(id);
        }
    }

    /// <summary>
    /// Makes <paramref name="userId"/> a facilitator when the chat id they write from was invited; false (and no
    /// change) otherwise.
    /// </summary>
    public bool ClaimFacilitatorInvitation(string chatUserId, string userId)
    {
        ThrowIfFrozen();
        if (!_invitedFacilitators.Remove(chatUserId))
        {
            return false;
        }

        AddFacilitator(userId);
        return true;
    }

    /// <summary>Adds a breakout group; ids and names must be unique within the workshop.</summary>
    public WorkshopGroup AddGroup(string groupId, string name, string scenarioId)
    {
        ThrowIfFrozen();
        var group = new WorkshopGroup(
            Identifier.Require(groupId, "group id"),
            TextAnswer.Require(name, "group name", MaxTitleLength),
            Identifier.Require(scenarioId, "scenario id"));
        if (_groups.Count >= MaxGroups)
        {
            throw new DomainValidationException("groups", $"A workshop can have at most {MaxGroups} groups.");
        }

        // One pass, no delegates: every stored workshop is rebuilt group by group when it is loaded, which turns do.
        foreach (var existing in _groups)
        {
            if (existing.Id == group.Id)
            {
                throw new DomainValidationException("group id", $"There is already a group with id '{group.Id}'.");
            }

            if (string.Equals(existing.Name, group.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainValidationException("group name", $"There is already a group called '{group.Name}'.");
            }
        }

        _groups.Add(group);
        return group;
    }

    /// <summary>Renames a group; the new name must still be unique.</summary>
    public void RenameGroup(string groupId, string name)
    {
        ThrowIfFrozen();
        var index = IndexOfGroup(groupId);
        var newName = TextAnswer.Require(name, "group name", MaxTitleLength);
        if (_groups.Where((g, i) => i != index).Any(g => string.Equals(g.Name, newName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainValidationException("group name", $"There is already a group called '{newName}'.");
        }

        _groups[index] = _groups[index] with { Name = newName };
    }

    /// <summary>Removes a group from the workshop.</summary>
    public void RemoveGroup(string groupId)
    {
        ThrowIfFrozen();
        _groups.RemoveAt(IndexOfGroup(groupId));
    }

    /// <summary>Finds a group by id.</summary>
    public WorkshopGroup? FindGroup(string groupId) => _groups.Find(g => g.Id == groupId);

    private int IndexOfGroup(string groupId)
    {
        var index = _groups.FindIndex(g => g.Id == groupId);
        return index >= 0
            ? index
            : throw new DomainValidationException("group id", $"There is no group with id '{groupId}'.");
    }

    private static void ReplaceList(List<string> target, IEnumerable<string> values, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        // The entry's name ("objective 2") is only spelled out for an entry that fails: a stored workshop is rebuilt,
        // lists and all, whenever it is loaded, and naming every entry each time was most of that load's garbage.
        var checkedValues = new List<string>();
        foreach (var value in values)
        {
            checkedValues.Add(TextAnswer.Check(value, field, MaxTitleLength * 5) is null
                ? value.Trim()
                : TextAnswer.Require(value, $"{field} {checkedValues.Count + 1}", MaxTitleLength * 5));
        }

        if (checkedValues.Count > MaxListEntries)
        {
            throw new DomainValidationException(field, $"At most {MaxListEntries} {field}s are allowed.");
        }

        target.Clear();
        target.AddRange(checkedValues);
    }

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"Workshop {Id} is a shared read-only view; load the workshop to change it.");
        }
    }
}
