using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;
using InboundDeliveries = TeamsJourney.Workshops.Deliveries.InboundDeliveries;

namespace TeamsJourney.Workshops.Tests.Fixtures;

/// <summary>
/// A channel on a real SQLite store with the facilitation use cases wired as the hosts wire them, a clock the test
/// moves, and notices recorded instead of sent.
/// </summary>
internal sealed class FacilitatedChannel : IDisposable
{
    public static readonly WorkshopPlace Place = new("ws-channel-default", "tenant-1", "team-1", "19:c@thread.tacv2", "Bins");
    public static readonly Participant Priya = new("aad-priya", "Priya Shah");

    private readonly SqliteWorkshopFolder _folder = new();

    public FacilitatedChannel()
    {
        Build();
    }

    public FakeTimeProvider Clock { get; } = new(SqliteWorkshopFolder.Now);

    public RecordingNotices Notices { get; } = new();

    /// <summary>The store every host of this channel uses (restarts included).</summary>
    public Storage.Sqlite.SqliteWorkshopStore Store => _folder.Store;

    public WorkshopRepository Repository { get; private set; } = null!;

    public SetUpWorkshop SetUp { get; private set; } = null!;

    public ChannelWorkshops Channels { get; private set; } = null!;

    public FacilitateWorkshop Facilitate { get; private set; } = null!;

    public RunDueTimeBoxes DueTimeBoxes { get; private set; } = null!;

    public StartGroup Start { get; private set; } = null!;

    public RunGroupCommand Commands { get; private set; } = null!;

    /// <summary>A fresh repository and use cases on the same store, as a host started after a restart has.</summary>
    /// <summary>
    /// A host stopping and another starting on the same store: the stopping one writes the delivery completions it
    /// still holds (as a graceful stop does), the new one starts with fresh use cases.
    /// </summary>
    public async Task RestartAsync()
    {
        await _deliveries.DisposeAsync();
        Build();
    }

    public static WorkshopDraft Draft(string title = "Bins, round 1", int? personaMinutes = null, bool autoAdvance = false) => new(
        title,
        ["Fewer missed collections"],
        ["Residents"],
        new WorkshopSetup
        {
            ScenarioId = "missed-bin-collection",
            Depth = "mvp",
            TimeBoxes = personaMinutes is { } minutes ? new Dictionary<WorkshopPhase, TimeSpan> { [WorkshopPhase.Persona] = TimeSpan.FromMinutes(minutes) } : [],
            AutoAdvance = autoAdvance,
        },
        []);

    public async Task<Workshop> CreateAsync(WorkshopDraft? draft = null, string formId = "form-1")
    {
        var thread = new GroupConversation("19:c@thread.tacv2;messageid=1", "https://smba.example/", formId, Place.TenantId);
        var saved = await SetUp.SaveAsync(new SetUpWorkshopRequest(Place, formId, Priya, thread, draft ?? Draft()));
        Assert.Equal(SetUpOutcome.Created, saved.Outcome);
        return saved.Workshop!;
    }

    /// <summary>A member starts a group in thread <paramref name="number"/> of the channel's current workshop.</summary>
    public async Task<ConversationGroup> StartGroupAsync(int number)
    {
        var conversationId = $"19:c@thread.tacv2;messageid={100 + number}";
        var place = await Channels.CurrentAsync(Place);
        var result = await Start.StartAsync(new StartGroupRequest(
            place,
            GroupConversations.GroupIdOf(conversationId),
            new GroupConversation(conversationId, "https://smba.example/", $"card-{number}", Place.TenantId),
            "missed-bin-collection",
            $"Table {number}",
            new Participant($"aad-member-{number}", $"Member {number}"),
            $"start-{number}"));
        Assert.Equal(GroupCommandOutcome.Applied, result.Result!.Outcome);
        return result.Group!;
    }

    public void Dispose()
    {
        _deliveries.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _folder.Dispose();
    }

    private InboundDeliveries _deliveries = null!;

    private void Build()
    {
        Repository = new WorkshopRepository(_folder.Store);
        var conversations = new GroupConversations(Repository, Clock);
        Commands = new RunGroupCommand(Repository, Clock);
        Channels = new ChannelWorkshops(Repository);
        var depth = new SetWorkshopDepth(new DepthRollout(Repository, conversations, Commands, Clock));
        SetUp = new SetUpWorkshop(Repository, Channels, depth, Clock);
        var progress = new WorkshopProgress(Repository, Clock);
        Facilitate = new FacilitateWorkshop(Repository, conversations, Commands, progress, [Notices], Clock);
        _deliveries = new InboundDeliveries(_folder.Store, Clock, NullLogger<InboundDeliveries>.Instance);
        DueTimeBoxes = new RunDueTimeBoxes(Repository, Facilitate, progress, _deliveries, Clock);
        Start = new StartGroup(Repository, new WorkshopScenarios(Repository), Commands, Clock);
    }
}

/// <summary>What the use cases told the hosts, in order.</summary>
internal sealed class RecordingNotices : IWorkshopNotices
{
    public List<(IReadOnlyList<GroupMoved> Groups, string Note)> Changed { get; } = [];

    public List<(IReadOnlyList<ConversationGroup> Groups, GroupNotice Notice)> Told { get; } = [];

    public List<WorkshopProgressReport> Progress { get; } = [];

    public Task GroupsChangedAsync(IReadOnlyList<GroupMoved> groups, string note, CancellationToken cancellationToken)
    {
        Changed.Add((groups, note));
        return Task.CompletedTask;
    }

    /// <summary>The next notices to every group fail with this, as a host stopping or the Connector failing mid-post would.</summary>
    public Exception? FailNextTell { get; set; }

    public Task TellGroupsAsync(IReadOnlyList<ConversationGroup> groups, GroupNotice notice, CancellationToken cancellationToken)
    {
        if (FailNextTell is { } failure)
        {
            FailNextTell = null;
            throw failure;
        }

        Told.Add((groups, notice));
        return Task.CompletedTask;
    }

    public Task ProgressChangedAsync(WorkshopProgressReport progress, CancellationToken cancellationToken)
    {
        Progress.Add(progress);
        return Task.CompletedTask;
    }
}
