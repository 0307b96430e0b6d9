using System.IO.Compression;
using System.Text.Json.Nodes;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Plenary;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.DataRights;

/// <summary>A facilitator exports a workshop: every item with its provenance, the documents, and an audit line.</summary>
public sealed class ExportWorkshopTests : IDisposable
{
    private readonly DataRightsFixture _fixture = new();

    [Fact]
    public async Task The_export_holds_every_item_with_group_author_evidence_source_and_times_plus_the_deck_and_the_report()
    {
        var items = await _fixture.GivenAWorkshopWithItemsAsync();

        var (outcome, export) = await _fixture.Export.ExportAsync("ws-1", DataRightsFixture.Priya);

        Assert.Equal(DataRightsOutcome.Done, outcome);
        Assert.Equal(2, export!.Items);
        using var zip = new ZipArchive(new MemoryStream(export.Zip.ToArray()));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("documents/", StringComparison.Ordinal) && e.FullName.EndsWith(".pptx", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("documents/", StringComparison.Ordinal) && e.FullName.EndsWith(".docx", StringComparison.Ordinal));
        using var reader = new StreamReader(zip.GetEntry(ExportWorkshop.JsonEntryName)!.Open());
        var json = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal("Bins day", (string)json["workshop"]!["title"]!);
        var exported = json["groups"]![0]!["items"]!.AsArray();
        var fact = exported.Single(i => (string)i!["id"]! == items[0].Id)!;
        Assert.Equal("Group 1", (string)fact["group"]!);
        Assert.Equal("Bin left on the pavement", (string)fact["text"]!);
        Assert.Equal("Fact", (string)fact["evidence"]!);
        Assert.Equal("Complaints log, March", (string)fact["source"]!);
        Assert.Equal("aad-sam", (string)fact["authorId"]!);
        Assert.Equal("Sam", (string)fact["authorName"]!);
        Assert.NotNull(fact["addedAt"]);
        Assert.Equal("Assumption", (string)exported.Single(i => (string)i!["id"]! == items[1].Id)!["evidence"]!);
    }

    [Fact]
    public async Task The_export_holds_the_second_half_consolidation_initiatives_dots_action_plan_versions_and_every_change()
    {
        var tables = new ThreeTablesWorkshop(_fixture.Repository, "ws-plenary");
        await tables.CreateAsync();
        var reader = new PlenaryReader(_fixture.Repository);
        var writer = new PlenaryWriter(reader, _fixture.Time);
        var facilitator = ThreeTablesWorkshop.Facilitator;
        var merged = new[] { new ItemRef("g1", await tables.IdOfAsync("g1", "Nobody replies")), new ItemRef("g2", await tables.IdOfAsync("g2", "No answer to my emails")) };
        Assert.Equal(PlenaryOutcome.Applied, (await new ConsolidateMap(writer).ApplyAsync(tables.WorkshopId, facilitator, new MergeClusters(merged))).Outcome);
        var plan = new PlanInitiatives(writer);
        var idea = await tables.IdeaAsync("g1", "Autosave the form");
        Assert.Equal(PlenaryOutcome.Applied, (await plan.ChangeAsync(tables.WorkshopId, new("aad-ann", "Ann"), new CastDot(idea, "aad-ann"))).Outcome);
        Assert.Equal(PlenaryOutcome.Applied, (await plan.ChangeAsync(tables.WorkshopId, facilitator, new AgreeInitiative(idea, "Digital team", new DateOnly(2027, 3, 31), "Fewer repeat calls"))).Outcome);
        Assert.Equal(PlenaryOutcome.Applied, (await new WorkshopVersions(reader, writer, _fixture.Time).FreezeAsync(tables.WorkshopId, facilitator, "As-is, agreed 14 March")).Outcome);

        var (outcome, export) = await _fixture.Export.ExportAsync(tables.WorkshopId, facilitator);

        Assert.Equal(DataRightsOutcome.Done, outcome);
        using var zip = new ZipArchive(new MemoryStream(export!.Zip.ToArray()));
        using var entry = new StreamReader(zip.GetEntry(ExportWorkshop.JsonEntryName)!.Open());
        var plenary = JsonNode.Parse(await entry.ReadToEndAsync())!["plenary"]!;
        var cluster = plenary["clusters"]!.AsArray().Single(c => c!["members"]!.AsArray().Count == 2)!;
        Assert.Equal(merged.Select(m => m.ToString()).Order(StringComparer.Ordinal), cluster["members"]!.AsArray().Select(m => (string)m!).Order(StringComparer.Ordinal));
        var initiative = plenary["initiatives"]!.AsArray().Single(i => i!["members"]!.AsArray().Any(m => (string)m! == $"g1/{idea.InitiativeId}"))!;
        Assert.Equal(["aad-ann"], initiative["dotsBy"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("Digital team", (string)initiative["plan"]!["owner"]!);
        Assert.Equal("2027-03-31", (string)initiative["plan"]!["dueDate"]!);
        Assert.Equal("As-is, agreed 14 March", (string)plenary["versions"]![0]!["name"]!);
        var changes = plenary["changes"]!.AsArray();
        Assert.Equal(4, changes.Count);
        Assert.Equal("aad-ann", (string)changes[1]!["actorId"]!);
        Assert.All(changes, c => Assert.NotNull(c!["occurredAt"]));
        Assert.NotNull(plenary["stages"]![0]!["name"]);
    }

    [Fact]
    public async Task An_export_is_recorded_in_the_audit_trail_with_who_made_it()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        await _fixture.Export.ExportAsync("ws-1", DataRightsFixture.Priya);

        var (_, trail) = await _fixture.Audit.ReadAsync("ws-1", DataRightsFixture.Priya);
        var line = Assert.Single(trail);
        Assert.Equal(AuditActions.Exported, line.Action);
        Assert.Equal("aad-priya", line.ActorId);
        Assert.Equal(_fixture.Time.GetUtcNow(), line.OccurredAt);
    }

    [Fact]
    public async Task A_participant_who_is_not_a_facilitator_cannot_export_and_nothing_is_recorded()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        var (outcome, export) = await _fixture.Export.ExportAsync("ws-1", DataRightsFixture.Sam);

        Assert.Equal(DataRightsOutcome.NotFacilitator, outcome);
        Assert.Null(export);
        Assert.Empty((await _fixture.Audit.ReadAsync("ws-1", DataRightsFixture.Priya)).Lines);
    }

    [Fact]
    public async Task A_published_export_lands_beside_the_documents()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        var (outcome, published, items) = await _fixture.Export.PublishAsync("ws-1", DataRightsFixture.Priya);

        Assert.Equal(DataRightsOutcome.Done, outcome);
        Assert.Equal(2, items);
        Assert.True(File.Exists(Path.Combine(_fixture.DocumentsFolder, published!.FileName)));
    }

    [Fact]
    public async Task Generating_documents_for_a_facilitator_is_recorded_in_the_audit_trail()
    {
        await _fixture.GivenAWorkshopWithItemsAsync();

        await _fixture.Generate.GenerateAsync("ws-1", null, DataRightsFixture.Priya);

        Assert.Equal(AuditActions.DocumentsGenerated, Assert.Single((await _fixture.Audit.ReadAsync("ws-1", DataRightsFixture.Priya)).Lines).Action);
    }

    public void Dispose() => _fixture.Dispose();
}
