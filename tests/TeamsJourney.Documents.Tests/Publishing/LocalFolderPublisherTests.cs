using TeamsJourney.Documents.Publishing;
using static TeamsJourney.Documents.Tests.Publishing.TestDocuments;

namespace TeamsJourney.Documents.Tests.Publishing;

public sealed class LocalFolderPublisherTests : IDisposable
{
    private readonly string _sandbox = Path.Combine(Path.GetTempPath(), $"teamsjourney-local-{Guid.NewGuid():N}");
    private readonly LocalFolderPublisher _publisher;

    public LocalFolderPublisherTests()
    {
        _publisher = new LocalFolderPublisher(Path.Combine(_sandbox, "data", "documents"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_sandbox))
        {
            Directory.Delete(_sandbox, recursive: true);
        }
    }

    [Fact]
    public async Task PublishAsync_writes_the_file_byte_identical_into_the_workshop_folder()
    {
        var content = Bytes(150_000);

        await _publisher.PublishAsync(Deck("journey.pptx", content, OutsideTeams));

        var written = await File.ReadAllBytesAsync(Path.Combine(_publisher.RootPath, "ws-42", "journey.pptx"));
        Assert.Equal(Sha256(content), Sha256(written));
    }

    [Fact]
    public async Task PublishAsync_returns_a_relative_download_url_under_documents_and_the_workshop()
    {
        var published = await _publisher.PublishAsync(Deck("journey map.pptx", Bytes(10), OutsideTeams));

        Assert.Equal("/documents/ws-42/journey%20map.pptx", published.Url);
        Assert.Equal("ws-42/journey map.pptx", published.ItemId);
    }

    [Fact]
    public async Task PublishAsync_reports_the_size_and_a_sha256_etag_of_what_was_written()
    {
        var content = Bytes(4321);

        var published = await _publisher.PublishAsync(Deck("journey.pptx", content, OutsideTeams));

        Assert.Equal(4321, published.SizeBytes);
        Assert.Equal($"\"{Sha256(content).ToLowerInvariant()}\"", published.ETag);
    }

    [Fact]
    public async Task PublishAsync_on_a_taken_name_renames_with_a_copy_number_and_keeps_the_original()
    {
        var first = Bytes(10, seed: 1);
        await _publisher.PublishAsync(Deck("journey.pptx", first, OutsideTeams));

        var second = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(20, seed: 2), OutsideTeams));
        var third = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(30, seed: 3), OutsideTeams));

        Assert.Equal(["journey (1).pptx", "journey (2).pptx"], new[] { second.FileName, third.FileName });
        Assert.Equal(first, await File.ReadAllBytesAsync(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), "journey.pptx")));
    }

    [Fact]
    public async Task PublishAsync_of_the_same_name_concurrently_gives_every_document_its_own_complete_file()
    {
        var contents = Enumerable.Range(1, 8).Select(seed => Bytes(50_000, seed)).ToList();

        var published = await Task.WhenAll(contents.Select(c => _publisher.PublishAsync(Deck("journey.pptx", c, OutsideTeams))));

        Assert.Equal(8, published.Select(p => p.FileName).Distinct().Count());
        var stored = published.Select(p => Sha256(File.ReadAllBytes(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), p.FileName))));
        Assert.Equal(contents.Select(Sha256).Order(), stored.Order());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    public async Task PublishAsync_with_a_traversal_file_name_stays_inside_the_workshop_folder(string fileName)
    {
        var published = await _publisher.PublishAsync(Deck(fileName, Bytes(10), OutsideTeams));

        var path = Path.GetFullPath(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), published.FileName));
        Assert.Equal(_publisher.GetWorkshopFolder("ws-42"), Path.GetDirectoryName(path));
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("../../outside")]
    [InlineData("..")]
    [InlineData("/tmp")]
    public async Task PublishAsync_with_a_traversal_workshop_id_stays_inside_the_root(string workshopId)
    {
        var published = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10), new PublishDestination(workshopId)));

        var folder = _publisher.GetWorkshopFolder(workshopId);
        Assert.Equal(_publisher.RootPath, Path.GetDirectoryName(folder));
        Assert.True(File.Exists(Path.Combine(folder, published.FileName)));
        Assert.StartsWith("/documents/", published.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("..", published.Url.Split('/'));
    }

    [Fact]
    public async Task PublishAsync_replaces_characters_file_systems_and_SharePoint_refuse()
    {
        var published = await _publisher.PublishAsync(Deck("plan: v2 <final>?.docx", Bytes(10), OutsideTeams));

        Assert.Equal("plan_ v2 _final__.docx", published.FileName);
    }

    [Fact]
    public async Task PublishAsync_disposes_a_stream_it_opened_from_a_factory()
    {
        var stream = new ForwardOnlyStream(Bytes(100));

        await _publisher.PublishAsync(new DocumentToPublish("journey.pptx", PptxContentType, () => stream, OutsideTeams));

        Assert.True(stream.Disposed);
    }

    [Fact]
    public async Task PublishAsync_leaves_a_stream_the_caller_owns_open()
    {
        using var stream = new MemoryStream(Bytes(100));

        await _publisher.PublishAsync(new DocumentToPublish("journey.pptx", PptxContentType, stream, OutsideTeams));

        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task PublishAsync_when_the_content_fails_midway_leaves_no_file_behind()
    {
        var document = new DocumentToPublish("journey.pptx", PptxContentType, () => new FailingStream(), OutsideTeams);

        await Assert.ThrowsAsync<IOException>(() => _publisher.PublishAsync(document));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_publisher.GetWorkshopFolder("ws-42")));
    }

    [Fact]
    public void RootPath_is_absolute_even_when_configured_relative()
    {
        var publisher = new LocalFolderPublisher(Path.Combine("data", "documents"));

        Assert.True(Path.IsPathFullyQualified(publisher.RootPath));
        Assert.EndsWith(Path.Combine("data", "documents"), publisher.RootPath, StringComparison.Ordinal);
    }

    private sealed class FailingStream : Stream
    {
        private bool _sentFirstBlock;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_sentFirstBlock)
            {
                throw new IOException("The generator crashed.");
            }

            _sentFirstBlock = true;
            Array.Fill(buffer, (byte)1, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
