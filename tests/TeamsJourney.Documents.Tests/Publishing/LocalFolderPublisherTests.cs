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

        var written = await File.ReadAllBytesAsync(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), "journey.pptx"));
        Assert.Equal(Sha256(content), Sha256(written));
    }

    [Fact]
    public async Task PublishAsync_returns_a_relative_download_url_under_documents_and_the_random_document_id()
    {
        var published = await _publisher.PublishAsync(Deck("journey map.pptx", Bytes(10), OutsideTeams));

        var documentId = Path.GetFileName(_publisher.GetWorkshopFolder("ws-42"));
        Assert.Equal($"/documents/{documentId}/journey%20map.pptx", published.Url);
        Assert.Equal($"{documentId}/journey map.pptx", published.ItemId);
    }

    [Fact]
    public async Task The_document_id_is_random_not_derived_from_the_workshop_id()
    {
        var elsewhere = new LocalFolderPublisher(Path.Combine(_sandbox, "other", "documents"));

        var here = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));
        var there = await elsewhere.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        var (idHere, idThere) = (here.Url.Split('/')[2], there.Url.Split('/')[2]);
        Assert.Matches("^[0-9a-f]{32}$", idHere);
        Assert.NotEqual(idHere, idThere);
        Assert.DoesNotContain("ws-42", here.Url, StringComparison.Ordinal);
        Assert.Equal(idHere, (await _publisher.PublishAsync(Deck("report.docx", Bytes(10), OutsideTeams))).Url.Split('/')[2]);
    }

    [Fact]
    public async Task Find_returns_the_workshop_and_path_of_a_published_file()
    {
        var published = await _publisher.PublishAsync(Deck("journey map.pptx", Bytes(10), OutsideTeams));
        var documentId = published.Url.Split('/')[2];

        var found = _publisher.Find(documentId, "journey map.pptx");

        Assert.NotNull(found);
        Assert.Equal("ws-42", found.WorkshopId);
        Assert.Equal(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), "journey map.pptx"), found.PhysicalPath);
    }

    [Theory]
    [InlineData(".workshop")]
    [InlineData("../.workshops")]
    [InlineData("..")]
    [InlineData("missing.pptx")]
    [InlineData("")]
    public async Task Find_refuses_anything_but_a_published_file(string fileName)
    {
        var published = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.Null(_publisher.Find(published.Url.Split('/')[2], fileName));
        Assert.Null(_publisher.Find("ws-42", "journey.pptx"));
        Assert.Null(_publisher.Find("../" + published.Url.Split('/')[2], "journey.pptx"));
    }

    [Fact]
    public async Task DeleteOlderThan_removes_files_past_retention_and_keeps_newer_ones()
    {
        var old = await _publisher.PublishAsync(Deck("old.pptx", Bytes(10), OutsideTeams));
        var recent = await _publisher.PublishAsync(Deck("recent.pptx", Bytes(10), new PublishDestination("ws-43")));
        File.SetLastWriteTimeUtc(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), "old.pptx"), DateTime.UtcNow.AddDays(-100));

        var deleted = _publisher.DeleteOlderThan(DateTimeOffset.UtcNow.AddDays(-90));

        Assert.Equal([$"{old.Url.Split('/')[2]}/old.pptx"], deleted.Select(d => d.Replace('\\', '/')));
        Assert.Null(_publisher.Find(old.Url.Split('/')[2], "old.pptx"));
        Assert.False(Directory.Exists(Path.Combine(_publisher.RootPath, old.Url.Split('/')[2])));
        Assert.NotNull(_publisher.Find(recent.Url.Split('/')[2], "recent.pptx"));
    }

    [Fact]
    public async Task DeleteWorkshopDocuments_removes_its_files_and_a_new_publication_gets_a_new_id()
    {
        var before = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.True(_publisher.DeleteWorkshopDocuments("ws-42"));
        var after = await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10), OutsideTeams));

        Assert.Null(_publisher.Find(before.Url.Split('/')[2], "journey.pptx"));
        Assert.NotEqual(before.Url.Split('/')[2], after.Url.Split('/')[2]);
        Assert.False(_publisher.DeleteWorkshopDocuments("ws-never"));
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
    public async Task A_regeneration_replaces_the_previous_file_instead_of_adding_numbered_copies()
    {
        await _publisher.PublishAsync(Deck("journey.pptx", Bytes(10, seed: 1), OutsideTeams));
        await _publisher.PublishAsync(Deck("journey.pptx", Bytes(20, seed: 2), OutsideTeams));
        var third = Bytes(30, seed: 3);

        var published = await _publisher.PublishAsync(Deck("journey.pptx", third, OutsideTeams));

        Assert.Equal("journey.pptx", published.FileName);
        var folder = _publisher.GetWorkshopFolder("ws-42");
        Assert.Equal(["journey.pptx"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
        Assert.Equal(third, await File.ReadAllBytesAsync(Path.Combine(folder, "journey.pptx")));
    }

    [Fact]
    public async Task PublishAsync_of_the_same_name_concurrently_leaves_one_complete_file_of_those_written()
    {
        var contents = Enumerable.Range(1, 8).Select(seed => Bytes(50_000, seed)).ToList();

        var published = await Task.WhenAll(contents.Select(c => _publisher.PublishAsync(Deck("journey.pptx", c, OutsideTeams))));

        Assert.All(published, p => Assert.Equal("journey.pptx", p.FileName));
        var stored = Sha256(File.ReadAllBytes(Path.Combine(_publisher.GetWorkshopFolder("ws-42"), "journey.pptx")));
        Assert.Contains(stored, contents.Select(Sha256));
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
