namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>
/// Deck and report rendering share one LibreOffice profile and one artifacts folder, so their classes run in one
/// collection, one after the other, with one fixture.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RenderingCollection : ICollectionFixture<RenderedReports>
{
    public const string Name = "Rendering";
}
