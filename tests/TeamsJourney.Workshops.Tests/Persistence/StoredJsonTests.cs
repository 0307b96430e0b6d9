using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Scenarios;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Workshops.Tests.Persistence;

/// <summary>
/// The stored shapes are written by System.Text.Json's source generator. Rows already stored were written by its
/// reflection path with the options below; every event type, the workshop snapshot and the depth settings must write
/// exactly what those options wrote, and read it back to the same thing.
/// </summary>
public sealed class StoredJsonTests
{
    // How every stored row was written before the generated contexts (and so how rows in deployed stores look).
    private static readonly JsonSerializerOptions EventsAsStoredBefore = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly JsonSerializerOptions SnapshotsAsStoredBefore = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly EventActor Ada = new("aad-ada", "Ada Lowe");
    private static readonly DateTimeOffset At = new(2026, 12, 7, 21, 30, 15, 123, TimeSpan.Zero);

    public static IEnumerable<GroupEvent> GroupEvents() =>
    [
        new GroupStarted { Actor = Ada, OccurredAt = At, GroupName = "Table 1", ScenarioId = "missed-bin-collection", ScenarioVersion = 3, StepId = "persona.name", Depth = ScenarioDepth.Mvp, BlueprintLanes = [Lane.Frontstage, Lane.Backstage] },
        new GroupStarted { Actor = Ada, OccurredAt = At, GroupName = "Table 2", ScenarioId = "blue-badge", ScenarioVersion = 1, StepId = "persona" },
        new StepMoved { Actor = Ada, OccurredAt = At, FromStepId = "a", ToStepId = "b", Reason = StepMoveReason.Answered },
        new GroupPaused { Actor = Ada, OccurredAt = At },
        new GroupResumed { Actor = Ada, OccurredAt = At },
        new GroupFinished { Actor = Ada, OccurredAt = At, FromStepId = "review" },
        new PersonaFieldAnswered { Actor = Ada, OccurredAt = At, Field = PersonaField.Goals, Text = "Get the bin emptied \u201Cthis week\u201D <b>" },
        new ItemAdded { Actor = Ada, OccurredAt = At, ItemId = "i-1", StageId = "report", Lane = Lane.Touchpoint, Text = "Phones the contact centre", Channel = TouchpointChannel.Phone, EvidenceKind = EvidenceKind.Fact, EvidenceSource = "Call logs 2026" },
        new ItemAdded { Actor = Ada, OccurredAt = At, ItemId = "i-2", StageId = "report", Lane = Lane.PainPoint, Text = "On hold for 20 minutes" },
        new EmotionScored { Actor = Ada, OccurredAt = At, StageId = "report", Score = -2 },
        new ItemEdited { Actor = Ada, OccurredAt = At, ItemId = "i-1", Text = "Rings the council" },
        new ItemMoved { Actor = Ada, OccurredAt = At, ItemId = "i-1", StageId = "wait", Lane = Lane.Backstage },
        new ItemDeleted { Actor = Ada, OccurredAt = At, ItemId = "i-2" },
        new EvidenceSet { Actor = Ada, OccurredAt = At, ItemId = "i-1", Kind = EvidenceKind.Assumption, Source = null },
        new InitiativeProposed { Actor = Ada, OccurredAt = At, InitiativeId = "n-1", Title = "Text updates", Description = "SMS when the crew is on the way", PainPointIds = ["i-2", "i-3"] },
        new VoteCast { Actor = Ada, OccurredAt = At, InitiativeId = "n-1" },
        new VoteWithdrawn { Actor = Ada, OccurredAt = At, InitiativeId = "n-1" },
        new InitiativeRated { Actor = Ada, OccurredAt = At, InitiativeId = "n-1", Impact = 4, Effort = 2 },
        new DepthChosen { Actor = Ada, OccurredAt = At, Depth = ScenarioDepth.Full, BlueprintLanes = null, FromStepId = "persona", ToStepId = "report.actions" },
    ];

    internal static IEnumerable<PlenaryEvent> PlenaryEvents() =>
    [
        new ClustersChanged("aad-ada", At, "merge", [new StoredRef("g-1", "i-1"), new StoredRef("g-2", "i-9")], "Waiting"),
        new ClusterChangeUndone("aad-ada", At),
        new StageLinedUp("aad-ada", At, "g-1", "report", "ws-report"),
        new InitiativesChanged("aad-ada", At, "plan", [new StoredRef("g-1", "n-1")], Text: "Text updates", Impact: 4, Effort: 2, PainPoints: [new StoredRef("g-1", "i-2")], DueDate: new DateOnly(2027, 3, 31), SuccessMeasure: "Calls down 20 %", Status: InitiativeStatus.Proposed),
        new InitiativesChanged("aad-ada", At, "dot", [new StoredRef("g-1", "n-1")], VoterId: "aad-bo"),
        new InitiativeMergeUndone("aad-ada", At),
        new DotsPerPersonSet("aad-ada", At, 5),
        new VersionFrozen("aad-ada", At, "After round 1", new Dictionary<string, long> { ["g-1"] = 42, ["g-2"] = 7 }, 12),
    ];

    [Fact]
    public void Every_group_event_type_and_every_second_half_event_type_is_among_the_samples()
    {
        Assert.Equal(DomainEventTypes.All.ToHashSet(), GroupEvents().Select(e => e.GetType()).ToHashSet());
        Assert.Equal(PlenaryEventCodec.Types.ToHashSet(), PlenaryEvents().Select(e => e.GetType()).ToHashSet());
    }

    [Fact]
    public void A_group_event_is_written_as_before_and_read_back_from_a_row_written_before() =>
        AssertWrittenAsBeforeAndReadBack(GroupEvents(), GroupEventCodec.Encode, GroupEventCodec.Decode);

    [Fact]
    public void A_second_half_event_is_written_as_before_and_read_back_from_a_row_written_before() =>
        AssertWrittenAsBeforeAndReadBack(PlenaryEvents(), PlenaryEventCodec.Encode, PlenaryEventCodec.Decode);

    [Fact]
    public void The_workshop_snapshot_and_the_depth_settings_are_written_as_before_and_read_back()
    {
        var snapshot = new WorkshopSnapshot
        {
            Title = "Missed bins — Waste team",
            TenantId = "tenant-1",
            TeamId = "19:team",
            ChannelId = null,
            Objectives = ["Fewer repeat calls"],
            Facilitators = ["aad-ada"],
            Groups = [new WorkshopGroup("g-1", "Table 1", "missed-bin-collection")],
            Depth = "full",
            TimeBoxSeconds = new Dictionary<WorkshopPhase, long> { [WorkshopPhase.Persona] = 600, [WorkshopPhase.Journey] = 1_200 },
            IsLocked = true,
            Clock = new PhaseClock(WorkshopPhase.Journey, At, At.AddMinutes(20), TimeSpan.FromSeconds(95), Reminded: true, Ended: false),
        };
        var depth = new DepthSettingsSnapshot
        {
            Depth = ScenarioDepth.Full,
            BlueprintLanes = [Lane.Frontstage, Lane.Backstage, Lane.SupportProcess],
            GroupDepths = new Dictionary<string, ScenarioDepth> { ["Table 2"] = ScenarioDepth.Mvp },
        };
        var snapshotBefore = JsonSerializer.Serialize(snapshot, SnapshotsAsStoredBefore);
        var depthBefore = JsonSerializer.Serialize(depth, SnapshotsAsStoredBefore);

        Assert.Equal(snapshotBefore, JsonSerializer.Serialize(snapshot, StoredSnapshotJsonContext.Default.WorkshopSnapshot));
        Assert.Equal(depthBefore, JsonSerializer.Serialize(depth, StoredSnapshotJsonContext.Default.DepthSettingsSnapshot));
        Assert.Equal(snapshotBefore, JsonSerializer.Serialize(JsonSerializer.Deserialize(snapshotBefore, StoredSnapshotJsonContext.Default.WorkshopSnapshot), SnapshotsAsStoredBefore));
        Assert.Equal(depthBefore, JsonSerializer.Serialize(JsonSerializer.Deserialize(depthBefore, StoredSnapshotJsonContext.Default.DepthSettingsSnapshot), SnapshotsAsStoredBefore));
    }

    [Fact]
    public void A_row_missing_a_required_field_is_a_stored_event_format_error_not_a_half_read_event()
    {
        var error = Assert.Throws<StoredEventFormatException>(() => GroupEventCodec.Decode(Stored(nameof(ItemEdited), """{"actor":{"userId":"a","displayName":"A"},"occurredAt":"2026-12-07T21:30:15Z","itemId":"i-1"}""")));
        Assert.Contains("text", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertWrittenAsBeforeAndReadBack<TEvent>(IEnumerable<TEvent> events, Func<TEvent, NewEvent> encode, Func<StoredEvent, TEvent> decode)
        where TEvent : notnull
    {
        foreach (var sample in events)
        {
            var before = JsonSerializer.Serialize(sample, sample.GetType(), EventsAsStoredBefore);

            Assert.Equal(before, encode(sample).Data);
            var read = decode(Stored(sample.GetType().Name, before));
            Assert.Equal(before, JsonSerializer.Serialize(read, read.GetType(), EventsAsStoredBefore));
        }
    }

    private static StoredEvent Stored(string type, string data) => new("ws-1", "group:g-1", 1, type, data, "aad-ada", At);
}
