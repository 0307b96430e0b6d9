namespace TeamsJourney.Testing.Packages;

/// <summary>Debian's redis-server (it is not started on install: <c>scripts/redis.sh start</c> starts one per fixture).</summary>
public static class RedisInstallation
{
    public static Task EnsureInstalledAsync() => DebianPackages.EnsureInstalledAsync(["redis-server"], ["redis-server", "redis-cli"]);
}
