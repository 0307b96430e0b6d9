using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>Builders for the documents and publishers the publishing tests use.</summary>
internal static class TestDocuments
{
    public const string PptxContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const int Fragment = SharePointPublisherOptions.FragmentUnitBytes;

    public static PublishDestination InTheWorkshopChannel { get; } =
        PublishDestination.ForChannel("ws-42", LocalGraphServer.TeamId, LocalGraphServer.ChannelId);

    public static PublishDestination OutsideTeams { get; } = new("ws-42");

    /// <summary>Deterministic bytes that are not all alike, so a misplaced range changes the hash.</summary>
    public static byte[] Bytes(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static DocumentToPublish Deck(string fileName, byte[] content, PublishDestination? destination = null) =>
        new(fileName, PptxContentType, new MemoryStream(content), destination ?? InTheWorkshopChannel);

    public static string Sha256(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    /// <summary>A publisher aimed at the local Graph listener with small fragments and no default back-off.</summary>
    public static SharePointPublisher SharePointPublisherFor(
        LocalGraphServer graph, LocalGraphTokenCredential? credential = null, Action<SharePointPublisherOptions>? configure = null)
    {
        var options = new SharePointPublisherOptions
        {
            GraphBaseUrl = graph.GraphBaseUrl,
            ChunkSizeBytes = Fragment,
            RetryDelaySeconds = 0,
            MaxRetries = 3,
            MaxUploadResumes = 3,

            // The upload tests send arbitrary bytes, which no converter accepts; SharePointPdfCopyTests turn it on.
            PdfCopies = false,
        };
        configure?.Invoke(options);
        return new SharePointPublisher(Options.Create(options), credential ?? new LocalGraphTokenCredential());
    }
}
