using TeamsJourney.Testing.Redis;
using TeamsJourney.Testing.Storage;

namespace TeamsJourney.Tabs.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<RedisFixture>, ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Redis and Azurite";
}
