using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Sqlite;
using TeamsJourney.Storage.Tables;
using TeamsJourney.Testing.Storage;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Plenary;
using TeamsJourney.Workshops.Tests.Fixtures;

namespace TeamsJourney.Workshops.Tests.Plenary;

/// <summary>
/// The second half end to end on a real store: three groups' maps consolidated (a merge and a split), a
/// workshop-wide vote by members of different groups, three initiatives agreed with owners and dates, version 1
/// frozen, five items changed in round two, and the comparison listing exactly those changes.
/// </summary>
public abstract class SecondHalfTests
{
    private static readonly Participant Priya = new("aad-priya", "Priya Shah");
    private static readonly Participant[] Members = [new("aad-ann", "Ann"), new("aad-ben", "Ben"), new("aad-cat", "Cat")];
    private static readonly DateOnly Due = new(2027, 3, 31);

    private readonly string _workshopId = $"ws-{Guid.NewGuid():N}"[..20];

    private protected abstract IWorkshopStore Store { get; }

    [Fact]
    public async Task Groups_maps_are_consolidated_voted_on_agreed_frozen_and_compared()
    {
        var repository = new WorkshopRepository(Store);
        var time = new FixedTime();
        var reader = new PlenaryReader(repository);
        var writer = new PlenaryWriter(reader, time);
        var consolidate = new ConsolidateMap(writer);
        var plan = new PlanInitiatives(writer);
        var versions = new WorkshopVersions(reader, writer, time);
        var stage = SqliteWorkshopFolder.Script().Stages[0].Id;
        await CreateAsync(repository, stage);

        var start = (await new ReadPlenary(reader).ReadAsync(_workshopId))!;
        var formCluster = start.Consolidation.ClusterOf(new ItemRef("g1", await IdOfAsync(repository, "g1", "Online form times out")))!;
        Assert.Equal(["g1", "g2", "g3"], formCluster.Members.Select(m => m.Ref.GroupId));

        // The facilitator splits group 3's note out of the form cluster and merges the two "no reply" notes.
        var g3Form = formCluster.Members.Single(m => m.Ref.GroupId == "g3").Ref;
        Assert.Equal(PlenaryOutcome.Applied, (await consolidate.ApplyAsync(_workshopId, Priya, new SplitCluster([g3Form]))).Outcome);
        var noReply = new MergeClusters([new("g1", await IdOfAsync(repository, "g1", "Nobody replies")), new("g2", await IdOfAsync(repository, "g2", "No answer to my emails"))]);
        var merged = await consolidate.ApplyAsync(_workshopId, Priya, noReply);
        Assert.Equal(PlenaryOutcome.Applied, merged.Outcome);
        Assert.Equal(2, merged.View!.Consolidation.ClusterOf(noReply.Items[0])!.Members.Count);
        Assert.Equal(PlenaryOutcome.NotFacilitator, (await consolidate.ApplyAsync(_workshopId, Members[0], new SplitCluster([noReply.Items[0]]))).Outcome);
        Assert.Equal(PlenaryOutcome.Refused, (await consolidate.ApplyAsync(_workshopId, Priya, noReply)).Outcome);

        // Duplicated ideas merged; members of different groups vote workshop-wide.
        var pool = (await plan.ChangeAsync(_workshopId, Priya, new MergeInitiatives([await IdeaAsync(repository, "g1", "Autosave the form"), await IdeaAsync(repository, "g2", "Save the form as you go")]))).View!.Initiatives;
        Assert.Equal(3, pool.Initiatives.Count);
        var ids = pool.Initiatives.Select(i => i.MemberRefs.First()).ToList();
        foreach (var (member, choice) in new[] { (0, 0), (1, 0), (2, 1), (0, 2) })
        {
            var voted = await plan.ChangeAsync(_workshopId, Members[member], new CastDot(ids[choice], Members[member].UserId));
            Assert.Equal(PlenaryOutcome.Applied, voted.Outcome);
        }

        Assert.Equal(PlenaryOutcome.Refused, (await plan.ChangeAsync(_workshopId, Members[1], new CastDot(ids[1], Members[0].UserId))).Outcome);
        foreach (var (id, owner) in ids.Zip(["Digital team", "Waste services", "Contact centre"]))
        {
            Assert.Equal(PlenaryOutcome.Applied, (await plan.ChangeAsync(_workshopId, Priya, new AgreeInitiative(id, owner, Due, "Fewer repeat calls"))).Outcome);
        }

        var frozen = await versions.FreezeAsync(_workshopId, Priya, "As-is, agreed 14 March");
        Assert.Equal(PlenaryOutcome.Applied, frozen.Outcome);
        Assert.Equal(3, frozen.View!.Initiatives.ActionPlan.Count);
        Assert.Equal(2, frozen.View.Initiatives.Initiatives[0].Votes);

        // Round two: five changes to items.
        await RunAsync(repository, "g1", new EditItem(await IdOfAsync(repository, "g1", "Online form times out"), "Online form times out after 10 minutes"));
        await RunAsync(repository, "g2", new SetEvidence(await IdOfAsync(repository, "g2", "No answer to my emails"), EvidenceKind.Fact, "Complaints log"));
        await RunAsync(repository, "g3", new DeleteItem(await IdOfAsync(repository, "g3", "Waits a week")));
        await RunAsync(repository, "g3", new AddItem(stage, Lane.Opportunity, "Text when the crew is on the way"));
        await RunAsync(repository, "g2", new MoveItem(await IdOfAsync(repository, "g2", "Checks the bin day"), stage, Lane.Thought));
        await plan.ChangeAsync(_workshopId, Priya, new ChangeInitiativeStatus(ids[0], InitiativeStatus.InProgress));

        var comparison = (await new WorkshopVersions(new PlenaryReader(new WorkshopRepository(Store)), writer, time).CompareAsync(_workshopId, 1, null))!;

        Assert.Equal(["Text when the crew is on the way"], comparison.Added.Select(i => i.Text));
        Assert.Equal(["Waits a week"], comparison.Removed.Select(i => i.Text));
        Assert.Equal(
            [("Online form times out after 10 minutes", ItemChangeKind.Text), ("Checks the bin day", ItemChangeKind.Place), ("No answer to my emails", ItemChangeKind.Evidence)],
            comparison.Changed.Select(c => (c.After.Text, c.Kind)).OrderBy(c => c.Kind));
        var status = Assert.Single(comparison.InitiativeChanges);
        Assert.Equal((InitiativeStatus.Agreed, InitiativeStatus.InProgress), (status.Before!.Value, status.After!.Value));
    }

    [Fact]
    public async Task A_version_name_is_unique_and_unknown_versions_compare_to_nothing()
    {
        var repository = new WorkshopRepository(Store);
        var reader = new PlenaryReader(repository);
        var versions = new WorkshopVersions(reader, new PlenaryWriter(reader, TimeProvider.System), TimeProvider.System);
        await CreateAsync(repository, SqliteWorkshopFolder.Script().Stages[0].Id);

        Assert.Equal(PlenaryOutcome.Applied, (await versions.FreezeAsync(_workshopId, Priya, "v1")).Outcome);
        Assert.Equal(PlenaryOutcome.Refused, (await versions.FreezeAsync(_workshopId, Priya, "V1")).Outcome);
        Assert.True((await versions.CompareAsync(_workshopId, 1, null))!.IsEmpty);
        Assert.Null(await versions.CompareAsync(_workshopId, 2, null));
        Assert.Equal(PlenaryOutcome.NotFound, (await versions.FreezeAsync("ws-nowhere", Priya, "v1")).Outcome);
    }

    private async Task CreateAsync(WorkshopRepository repository, string stage)
    {
        var workshop = Workshop.Create(_workshopId, "Bins day", new TeamsLocation("tenant-1", "team-1", $"19:{_workshopId}@thread.tacv2"));
        workshop.AddFacilitator(Priya.UserId);
        foreach (var g in new[] { "g1", "g2", "g3" })
        {
            workshop.AddGroup(g, $"Table {g[1..]}", SqliteWorkshopFolder.Script().Id);
        }

        Assert.True(await repository.CreateWorkshopAsync(workshop, SqliteWorkshopFolder.Now));
        var notes = new Dictionary<string, (Lane Lane, string Text)[]>
        {
            ["g1"] = [(Lane.PainPoint, "Online form times out"), (Lane.PainPoint, "Nobody replies")],
            ["g2"] = [(Lane.PainPoint, "The online form timed out"), (Lane.PainPoint, "No answer to my emails"), (Lane.CustomerAction, "Checks the bin day")],
            ["g3"] = [(Lane.PainPoint, "Online form times out again"), (Lane.PainPoint, "Waits a week")],
        };
        foreach (var (group, items) in notes)
        {
            await RunAsync(repository, group, new Start($"Table {group[1..]}"));
            foreach (var (lane, text) in items)
            {
                await RunAsync(repository, group, new AddItem(stage, lane, text));
            }
        }

        await RunAsync(repository, "g1", new ProposeInitiative("Autosave the form", [await IdOfAsync(repository, "g1", "Online form times out")]));
        await RunAsync(repository, "g2", new ProposeInitiative("Save the form as you go", []));
        await RunAsync(repository, "g2", new ProposeInitiative("Reply within two days", []));
        await RunAsync(repository, "g3", new ProposeInitiative("Text updates", []));
    }

    private async Task RunAsync(WorkshopRepository repository, string groupId, GroupCommand command)
    {
        var result = await repository.ExecuteAsync(_workshopId, groupId, SqliteWorkshopFolder.Script(), command, SqliteWorkshopFolder.Context(), null);
        Assert.True(result.Outcome == GroupCommandOutcome.Applied, $"{command} on {groupId}: {result.Outcome} {result.RejectionReason}");
    }

    private async Task<string> IdOfAsync(WorkshopRepository repository, string groupId, string text) =>
        (await repository.LoadGroupAsync(_workshopId, groupId))!.Map.Items.Single(i => i.Text == text).Id;

    private async Task<InitiativeRef> IdeaAsync(WorkshopRepository repository, string groupId, string title) =>
        new(groupId, (await repository.LoadGroupAsync(_workshopId, groupId))!.Map.Initiatives.Single(i => i.Title == title).Id);

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => SqliteWorkshopFolder.Now;
    }
}

public sealed class SecondHalfOnSqliteTests : SecondHalfTests, IDisposable
{
    private readonly SqliteWorkshopFolder _folder = new();

    private protected override IWorkshopStore Store => _folder.Store;

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class SecondHalfOnAzuriteTests(AzuriteFixture azurite) : SecondHalfTests
{
    private readonly TableWorkshopStore _store = new(azurite.ConnectionString);

    private protected override IWorkshopStore Store => _store;
}
