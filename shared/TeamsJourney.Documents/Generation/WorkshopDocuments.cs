using TeamsJourney.Documents.Docx;
using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Documents.Pptx;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Documents.Generation;

/// <summary>
/// Generates a workshop's deck and report and publishes both: what the bot's "Generate documents" action and the
/// tab's button call. Safe to share: it keeps no state between calls.
/// </summary>
public sealed class WorkshopDocuments
{
    private readonly IDocumentPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly JourneyDeck _deck = new();
    private readonly JourneyReport _report = new();

    /// <summary>Creates the generator.</summary>
    /// <param name="publisher">Where the files go (local folder or the channel's SharePoint folder).</param>
    /// <param name="time">Supplies the date printed on the documents.</param>
    public WorkshopDocuments(IDocumentPublisher publisher, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(time);
        _publisher = publisher;
        _time = time;
    }

    /// <summary>
    /// Maps <paramref name="workshop"/> and <paramref name="groups"/>, writes "&lt;title&gt; - journey map.pptx" and
    /// "&lt;title&gt; - report.docx", publishes both to the workshop's destination (its Teams channel when it has one)
    /// and reports each step to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="Preparation.InvalidWorkshopReportException">The workshop cannot be written; nothing was published.</exception>
    /// <exception cref="DocumentPublishException">The publisher refused or lost a file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public Task<GeneratedDocuments> GenerateAsync(
        Workshop workshop,
        IReadOnlyList<GroupSession> groups,
        IProgress<DocumentProgress>? progress = null,
        CancellationToken ct = default) =>
        GenerateAsync(workshop, groups, null, progress, ct);

    /// <summary>
    /// As <see cref="GenerateAsync(Workshop, IReadOnlyList{GroupSession}, IProgress{DocumentProgress}?, CancellationToken)"/>,
    /// opening both documents with the workshop's second half: the consolidated map, the pooled initiatives and
    /// action plan, and what changed since the latest frozen version.
    /// </summary>
    /// <exception cref="Preparation.InvalidWorkshopReportException">The workshop cannot be written; nothing was published.</exception>
    /// <exception cref="DocumentPublishException">The publisher refused or lost a file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<GeneratedDocuments> GenerateAsync(
        Workshop workshop,
        IReadOnlyList<GroupSession> groups,
        PlenaryFacts? plenary,
        IProgress<DocumentProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(groups);
        ct.ThrowIfCancellationRequested();
        progress?.Report(new DocumentProgress(DocumentGenerationStep.Preparing, 0, "Collecting the groups' maps…"));
        var report = Map(workshop, groups, plenary);

        progress?.Report(new DocumentProgress(DocumentGenerationStep.WritingDeck, 10, "Writing the PowerPoint deck…"));
        using var deck = await WriteAsync(_deck, report, ct);
        progress?.Report(new DocumentProgress(DocumentGenerationStep.WritingReport, 45, "Writing the Word report…"));
        using var document = await WriteAsync(_report, report, ct);

        progress?.Report(new DocumentProgress(DocumentGenerationStep.Publishing, 80, "Publishing the documents…"));
        var destination = Destination(workshop);
        var publishedDeck = await _publisher.PublishAsync(
            new DocumentToPublish(GeneratedFileNames.For(workshop.Title, "journey map", _deck.FileExtension), _deck.ContentType, deck, destination), ct);
        var publishedReport = await _publisher.PublishAsync(
            new DocumentToPublish(GeneratedFileNames.For(workshop.Title, "report", _report.FileExtension), _report.ContentType, document, destination), ct);

        progress?.Report(new DocumentProgress(DocumentGenerationStep.Done, 100, "The deck and the report are ready."));
        return new GeneratedDocuments(publishedDeck, publishedReport);
    }

    /// <summary>
    /// Writes one of the documents into memory without publishing it (the Office add-in inserts it into the open
    /// file), under the same name and with the same content GenerateAsync would publish.
    /// </summary>
    /// <exception cref="Preparation.InvalidWorkshopReportException">The workshop cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public Task<WrittenDocument> WriteAsync(Workshop workshop, IReadOnlyList<GroupSession> groups, DocumentKind kind, CancellationToken ct = default) =>
        WriteAsync(workshop, groups, null, kind, ct);

    /// <summary>As <see cref="WriteAsync(Workshop, IReadOnlyList{GroupSession}, DocumentKind, CancellationToken)"/>, with the workshop's second half.</summary>
    /// <exception cref="Preparation.InvalidWorkshopReportException">The workshop cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<WrittenDocument> WriteAsync(Workshop workshop, IReadOnlyList<GroupSession> groups, PlenaryFacts? plenary, DocumentKind kind, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(groups);
        var report = Map(workshop, groups, plenary);
        var (writer, what) = kind == DocumentKind.Deck ? ((IDocumentWriter)_deck, "journey map") : (_report, "report");
        using var written = await WriteAsync(writer, report, ct);
        return new WrittenDocument(GeneratedFileNames.For(workshop.Title, what, writer.FileExtension), writer.ContentType, written.ToArray());
    }

    private WorkshopReport Map(Workshop workshop, IReadOnlyList<GroupSession> groups, PlenaryFacts? plenary) =>
        WorkshopReportMapper.Map(workshop, groups, DateOnly.FromDateTime(_time.GetLocalNow().DateTime)) with
        {
            Plenary = plenary is null ? null : PlenaryMapper.Map(plenary),
        };

    // Writing is CPU-bound and synchronous; running it off the caller's thread keeps a bot turn or request responsive.
    private static Task<MemoryStream> WriteAsync(IDocumentWriter writer, WorkshopReport report, CancellationToken ct) =>
        Task.Run(
            () =>
            {
                var output = new MemoryStream();
                try
                {
                    writer.Write(report, output);
                    output.Position = 0;
                    return output;
                }
                catch
                {
                    output.Dispose();
                    throw;
                }
            },
            ct);

    // A workshop in a team but not in a channel has no channel files folder, so it publishes as a plain workshop.
    private static PublishDestination Destination(Workshop workshop) =>
        workshop.Location is { TeamId: { } team, ChannelId: { } channel }
            ? PublishDestination.ForChannel(workshop.Id, team, channel)
            : new PublishDestination(workshop.Id);
}
