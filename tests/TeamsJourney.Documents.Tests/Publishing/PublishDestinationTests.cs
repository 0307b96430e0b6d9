using TeamsJourney.Documents.Publishing;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class PublishDestinationTests
{
    [Fact]
    public void ForChannel_names_a_Teams_channel()
    {
        var destination = PublishDestination.ForChannel("ws-1", "team", "19:abc@thread.tacv2");

        Assert.True(destination.IsTeamsChannel);
    }

    [Fact]
    public void A_destination_without_team_and_channel_is_not_a_Teams_channel()
    {
        Assert.False(new PublishDestination("ws-1").IsTeamsChannel);
    }

    [Fact]
    public void A_team_without_a_channel_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PublishDestination("ws-1", teamId: "team"));

        Assert.Equal("channelId", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_workshop_id_is_refused(string workshopId)
    {
        Assert.Throws<ArgumentException>(() => new PublishDestination(workshopId));
    }

    [Fact]
    public void DocumentToPublish_refuses_a_blank_file_name()
    {
        Assert.Throws<ArgumentException>(() => new DocumentToPublish(" ", PptxContentType, new MemoryStream(), OutsideTeams));
    }

    [Fact]
    public void DocumentToPublish_refuses_a_stream_that_cannot_be_read()
    {
        var writeOnly = new MemoryStream();
        writeOnly.Dispose();

        Assert.Throws<ArgumentException>(() => new DocumentToPublish("a.pptx", PptxContentType, writeOnly, OutsideTeams));
    }

    [Fact]
    public async Task A_content_factory_returning_no_stream_fails_with_a_clear_message()
    {
        var publisher = new LocalFolderPublisher(Path.Combine(Path.GetTempPath(), $"teamsjourney-null-{Guid.NewGuid():N}"));
        var document = new DocumentToPublish("a.pptx", PptxContentType, () => null!, OutsideTeams);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => publisher.PublishAsync(document));

        Assert.Contains("returned no stream", error.Message, StringComparison.Ordinal);
    }
}
