namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>The Graph endpoints <see cref="LocalGraphServer"/> speaks.</summary>
internal enum LocalGraphRoute
{
    Unknown,
    FilesFolder,
    UploadContent,
    CreateUploadSession,
    UploadChunk,
    UploadSessionStatus,
    CancelUploadSession,
    ConvertContent,
    DownloadConverted,
}

/// <summary>One request as the local Graph listener saw it (the path as Kestrel decoded it), and what it answered.</summary>
internal sealed record LocalGraphRequest(
    LocalGraphRoute Route,
    string Method,
    string PathAndQuery,
    string? Authorization,
    string? ContentRange,
    long? ContentLength,
    long BodyLength,
    string? Body,
    TimeSpan ReceivedAt)
{
    public int StatusCode { get; set; }

    /// <summary>The start offset in "bytes start-end/total".</summary>
    public long RangeStart => ParseRange().Start;

    public long RangeEnd => ParseRange().End;

    public long RangeTotal => ParseRange().Total;

    private (long Start, long End, long Total) ParseRange()
    {
        var range = LocalGraphContentRange.Parse(ContentRange)
            ?? throw new InvalidOperationException($"'{ContentRange}' is not a Content-Range of bytes.");
        return range;
    }
}
