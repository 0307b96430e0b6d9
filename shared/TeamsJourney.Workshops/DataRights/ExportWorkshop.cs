using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Workshops.DataRights;

/// <summary>A workshop's export: a zip of <c>workshop.json</c> and the deck and report written from the current maps.</summary>
/// <param name="FileName">A name for the download.</param>
/// <param name="Zip">The zip's bytes.</param>
/// <param name="Items">How many map items the JSON holds.</param>
public sealed record WorkshopExport(string FileName, ReadOnlyMemory<byte> Zip, int Items);

/// <summary>
/// A facilitator takes the workshop's data out: every item of every group with its provenance, the initiatives,
/// the second half (consolidation, pooled initiatives, dots, action plan, versions, every change with who and when),
/// the audit trail, and the documents (written fresh from the maps as they stand, so they match the JSON). The
/// export itself is recorded in the audit trail.
/// </summary>
public sealed class ExportWorkshop
{
    public const string JsonEntryName = "workshop.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly WorkshopRepository _repository;
    private readonly WorkshopDocuments _documents;
    private readonly WorkshopAuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly IDocumentPublisher? _publisher;
    private readonly PlenaryReader _plenary;
    private readonly DocumentPlenary _documentPlenary;

    internal ExportWorkshop(
        WorkshopRepository repository,
        WorkshopDocuments documents,
        WorkshopAuditTrail audit,
        TimeProvider time,
        PlenaryReader plenary,
        DocumentPlenary documentPlenary,
        IDocumentPublisher? publisher = null)
    {
        _repository = repository;
        _plenary = plenary;
        _documentPlenary = documentPlenary;
        _documents = documents;
        _audit = audit;
        _time = time;
        _publisher = publisher;
    }

    /// <summary>
    /// The export, published beside the workshop's documents (the bot's way: a chat cannot carry a zip), so it is
    /// offered under the same access rules as the documents and erased with them when the workshop is deleted.
    /// </summary>
    /// <exception cref="DocumentPublishException">The publisher refused or lost the file.</exception>
    public async Task<(DataRightsOutcome Outcome, PublishedDocument? Published, int Items)> PublishAsync(string workshopId, Participant requester, CancellationToken cancellationToken = default)
    {
        var (outcome, export) = await ExportAsync(workshopId, requester, cancellationToken);
        if (outcome != DataRightsOutcome.Done)
        {
            return (outcome, null, 0);
        }

        var publisher = _publisher ?? throw new InvalidOperationException("No document publisher is registered.");
        var header = await _repository.FindHeaderAsync(workshopId, cancellationToken);
        var destination = new PublishDestination(workshopId, header?.TeamId, header?.ChannelId);
        using var content = new MemoryStream(export!.Zip.ToArray(), writable: false);
        return (outcome, await publisher.PublishAsync(new DocumentToPublish(export.FileName, "application/zip", content, destination), cancellationToken), export.Items);
    }

    /// <summary>The export, when <paramref name="requester"/> facilitates the workshop.</summary>
    public async Task<(DataRightsOutcome Outcome, WorkshopExport? Export)> ExportAsync(string workshopId, Participant requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var stored = await _repository.LoadWorkshopAsync(workshopId, cancellationToken);
        if (stored is null)
        {
            return (DataRightsOutcome.NotFound, null);
        }

        if (!stored.Workshop.IsFacilitator(requester.UserId))
        {
            return (DataRightsOutcome.NotFacilitator, null);
        }

        var workshop = stored.Workshop;
        var sessions = await _repository.LoadGroupsAsync(workshop, cancellationToken);
        var groups = new List<ExportedGroup>(sessions.Count);
        foreach (var group in workshop.Groups)
        {
            if (await _repository.LoadGroupAsync(workshop.Id, group.Id, cancellationToken) is { } session)
            {
                groups.Add(Group(group, session, await _repository.ReadGroupEventsAsync(workshop.Id, group.Id, cancellationToken)));
            }
        }

        // Recorded before the bytes are handed out: an export nobody can account for must not exist.
        var items = groups.Sum(g => g.Items.Count);
        var plenary = await PlenaryAsync(workshop.Id, cancellationToken);
        await _audit.RecordAsync(workshop.Id, workshop.Location.TenantId, AuditActions.Exported, requester, $"{items} items in {groups.Count} groups, with the deck and the report", cancellationToken);
        var (_, trail) = await _audit.ReadAsync(workshop.Id, requester, cancellationToken);

        var exported = new ExportedWorkshop(
            "1",
            _time.GetUtcNow(),
            requester.UserId,
            new ExportedHeader(workshop.Id, workshop.Title, workshop.Location.TenantId, workshop.Location.TeamId, workshop.Location.ChannelId, workshop.Objectives, workshop.Stakeholders, workshop.Facilitators),
            groups,
            plenary,
            trail);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = await archive.CreateEntry(JsonEntryName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(entry, exported, Json, cancellationToken);
            }

            // The same documents a generation publishes: they open with the second half.
            var facts = await _documentPlenary.ReadAsync(workshop.Id, cancellationToken);
            foreach (var kind in new[] { DocumentKind.Deck, DocumentKind.Report })
            {
                var document = await _documents.WriteAsync(workshop, sessions, facts, kind, cancellationToken);
                await using var entry = await archive.CreateEntry("documents/" + document.FileName, CompressionLevel.NoCompression).OpenAsync(cancellationToken);
                await entry.WriteAsync(document.Content, cancellationToken);
            }
        }

        return (DataRightsOutcome.Done, new WorkshopExport($"{workshop.Id} - export.zip", zip.ToArray(), items));
    }

    private async Task<ExportedPlenary> PlenaryAsync(string workshopId, CancellationToken cancellationToken)
    {
        var view = (await _plenary.ReadAsync(workshopId, cancellationToken))?.View
            ?? throw new InvalidOperationException($"Workshop {workshopId} was deleted during its export.");
        var changes = await _repository.ReadStreamAsync(workshopId, WorkshopStreams.Plenary, cancellationToken);
        var consolidation = view.Consolidation;
        return new ExportedPlenary(
            [.. consolidation.Stages.Select(s => new ExportedWorkshopStage(s.Id, s.Name, s.Order))],
            [.. consolidation.StageMappings.Select(m => new ExportedStageMapping(m.GroupId, m.GroupStageId, m.WorkshopStageId))],
            [.. consolidation.Clusters.Select(c => new ExportedCluster(c.Id, c.Name, c.IsNamed, c.StageId, c.Lane.ToString(), [.. c.Members.Select(m => m.Ref.ToString())]))],
            view.Initiatives.DotsPerPerson,
            [.. view.Initiatives.Initiatives.Select(i => new ExportedPooledInitiative(
                i.Id,
                i.Title,
                [.. i.MemberRefs.Select(m => $"{m.GroupId}/{m.InitiativeId}")],
                [.. i.PainPoints.Select(p => p.ToString())],
                i.VoterIds,
                i.Impact,
                i.Effort,
                i.Plan is { } plan ? new ExportedPlan(plan.Owner, plan.DueDate, plan.SuccessMeasure, plan.Status.ToString()) : null))],
            [.. view.Versions.Select(v => new ExportedVersion(v.Number, v.Name, v.FrozenAt))],
            [.. changes.Select(e => new ExportedChange(e.StreamVersion, e.Type, e.ActorId, e.OccurredAt, JsonDocument.Parse(e.Data).RootElement.Clone()))]);
    }

    private static ExportedGroup Group(WorkshopGroup group, GroupSession session, IReadOnlyList<GroupEvent> events)
    {
        var map = session.Map;
        var persona = map.Persona;
        return new ExportedGroup(
            group.Id,
            group.Name,
            group.ScenarioId,
            persona.Name is null && persona.LifeContext is null && persona.Goals.Count == 0 ? null
                : new ExportedPersona(persona.Name, persona.LifeContext, persona.Goals, persona.Motivations, persona.Challenges),
            [.. map.Stages.Select(s => new ExportedStage(s.Id, s.Name, s.Emotion))],
            [.. map.Items.Select(item => Item(group, item, ItemHistory.Of(events, item.Id)))],
            [.. map.Initiatives.Select(i => new ExportedInitiative(i.Id, group.Name, i.Title, i.Description, i.PainPointIds, i.Votes, i.Impact, i.Effort, i.ProposedById, i.ProposedByName))]);
    }

    private static ExportedItem Item(WorkshopGroup group, MapItem item, IReadOnlyList<GroupEvent> history) => new(
        item.Id,
        group.Name,
        item.StageId,
        item.Lane.ToString(),
        item.Text,
        item.Channel?.ToString(),
        item.Evidence is null ? "Unstated" : item.Evidence.Kind.ToString(),
        item.Evidence?.Source,
        item.AuthorId,
        item.AuthorName,
        history.Count > 0 ? history[0].OccurredAt : null,
        history.Count > 1 ? history[^1].OccurredAt : null,
        history.Count > 1 ? history[^1].Actor.DisplayName : null,
        item.Version);
}
