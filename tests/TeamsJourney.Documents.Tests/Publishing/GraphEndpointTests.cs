using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class GraphEndpointTests
{
    [Fact]
    public void The_default_Graph_root_asks_for_the_Graph_default_scope()
    {
        var endpoint = new GraphEndpoint(new SharePointPublisherOptions().GraphBaseUrl);

        Assert.Equal("https://graph.microsoft.com/.default", endpoint.Scope);
        Assert.Equal("graph.microsoft.com", endpoint.Host);
    }

    [Fact]
    public void A_national_cloud_root_asks_for_that_cloud_scope()
    {
        Assert.Equal("https://graph.microsoft.us/.default", new GraphEndpoint("https://graph.microsoft.us/v1.0/").Scope);
    }

    [Fact]
    public void Item_paths_escape_drive_ids_and_file_names_each_on_their_own()
    {
        var endpoint = new GraphEndpoint("https://graph.microsoft.com/v1.0");

        var url = endpoint.ContentUrl(new DriveFolder("b!abc", "01FOLDER"), "journey map #2.pptx");

        Assert.Equal(
            "https://graph.microsoft.com/v1.0/drives/b%21abc/items/01FOLDER:/journey%20map%20%232.pptx:/content?@microsoft.graph.conflictBehavior=replace",
            url);
    }
}
