using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Persistence;

// The stored shapes, written and read by System.Text.Json's source generator instead of reflection: a host's first
// turn no longer builds serializers with emitted accessors and generic converters made at run time (issue 16's first
// card turn), and ReadyToRun can precompile what the generated code names. The options are the ones the stored data
// was always written with, so old rows read as before.

/// <summary>Event envelopes' data: the groups' domain events and the second half's events (nulls left out).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GroupStarted))]
[JsonSerializable(typeof(StepMoved))]
[JsonSerializable(typeof(GroupPaused))]
[JsonSerializable(typeof(GroupResumed))]
[JsonSerializable(typeof(GroupFinished))]
[JsonSerializable(typeof(PersonaFieldAnswered))]
[JsonSerializable(typeof(ItemAdded))]
[JsonSerializable(typeof(EmotionScored))]
[JsonSerializable(typeof(ItemEdited))]
[JsonSerializable(typeof(ItemMoved))]
[JsonSerializable(typeof(ItemDeleted))]
[JsonSerializable(typeof(EvidenceSet))]
[JsonSerializable(typeof(InitiativeProposed))]
[JsonSerializable(typeof(VoteCast))]
[JsonSerializable(typeof(VoteWithdrawn))]
[JsonSerializable(typeof(InitiativeRated))]
[JsonSerializable(typeof(DepthChosen))]
[JsonSerializable(typeof(ClustersChanged))]
[JsonSerializable(typeof(ClusterChangeUndone))]
[JsonSerializable(typeof(StageLinedUp))]
[JsonSerializable(typeof(InitiativesChanged))]
[JsonSerializable(typeof(InitiativeMergeUndone))]
[JsonSerializable(typeof(DotsPerPersonSet))]
[JsonSerializable(typeof(VersionFrozen))]
internal sealed partial class StoredEventJsonContext : JsonSerializerContext;

/// <summary>The snapshots of a workshop and of its depth settings (nulls written).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkshopSnapshot))]
[JsonSerializable(typeof(DepthSettingsSnapshot))]
internal sealed partial class StoredSnapshotJsonContext : JsonSerializerContext;
