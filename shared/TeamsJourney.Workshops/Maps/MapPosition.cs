namespace TeamsJourney.Workshops.Maps;

/// <summary>
/// Where a map reader is: the version of each group's own stream. A workshop has no workshop-wide sequence (on Azure
/// Tables one would be a row every group's writes meet on), so its position is the vector of its groups' versions,
/// read in one query of the stream heads. Versions only grow, so comparing two positions names exactly the groups
/// that changed in between.
/// </summary>
public sealed record MapPosition
{
    /// <summary>Creates a position from group versions (groups not listed are at version 0).</summary>
    public MapPosition(IReadOnlyDictionary<string, long> groupVersions)
    {
        ArgumentNullException.ThrowIfNull(groupVersions);
        GroupVersions = groupVersions;
        Version = groupVersions.Values.Sum();
    }

    /// <summary>The position before anything was stored.</summary>
    public static MapPosition Start { get; } = new(new Dictionary<string, long>(StringComparer.Ordinal));

    /// <summary>Each group's version; a group missing here has stored nothing.</summary>
    public IReadOnlyDictionary<string, long> GroupVersions { get; }

    /// <summary>
    /// How many changes the groups have stored in all (the sum of their versions): one number that every stored change
    /// raises, for showing; it cannot say which groups changed, <see cref="ChangedSince"/> can.
    /// </summary>
    public long Version { get; }

    /// <summary>The version of one group at this position (0 when it has stored nothing).</summary>
    public long VersionOf(string groupId) => GroupVersions.GetValueOrDefault(groupId);

    /// <summary>The groups whose version here is above their version at <paramref name="earlier"/>, in ordinal order.</summary>
    public IReadOnlyList<string> ChangedSince(MapPosition earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return [.. GroupVersions
            .Where(g => g.Value > earlier.VersionOf(g.Key))
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)];
    }
}
