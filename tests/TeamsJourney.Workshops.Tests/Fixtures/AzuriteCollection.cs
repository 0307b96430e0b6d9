using TeamsJourney.Testing.Storage;

namespace TeamsJourney.Workshops.Tests.Fixtures;

/// <summary>One Azurite for the tests of this project that run on Azure Tables.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite (Workshops)";
}
