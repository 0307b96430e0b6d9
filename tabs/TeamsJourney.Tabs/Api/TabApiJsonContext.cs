using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsJourney.Tabs.Plenary;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Edits;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// The JSON contracts of the tab's HTTP API (every request body and response body of /api/tab), written by the source
/// generator and put first in the host's HTTP JSON options. The endpoints' request delegates resolve these when the
/// host starts, on the path to its first answer: by reflection that built each type's metadata, and emitted its
/// accessors, before the host listened (issue 16, the first card turn). The JSON is the same: the generator reads the
/// same attributes, and the host's options (web defaults) still name the properties.
/// <c>TabApiJsonContextTests</c> fails when an endpoint's type is missing here.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MeResponse))]
[JsonSerializable(typeof(List<WorkshopSummary>))]
[JsonSerializable(typeof(MapSnapshot))]
[JsonSerializable(typeof(ChangesSnapshot))]
[JsonSerializable(typeof(MapEdit))]
[JsonSerializable(typeof(EditResponse))]
[JsonSerializable(typeof(ProgressResponse))]
[JsonSerializable(typeof(FacilitationResponse))]
[JsonSerializable(typeof(MoveAllRequest))]
[JsonSerializable(typeof(ExtendRequest))]
[JsonSerializable(typeof(BroadcastRequest))]
[JsonSerializable(typeof(LockRequest))]
[JsonSerializable(typeof(DocumentsResponse))]
[JsonSerializable(typeof(DeletionRequest))]
[JsonSerializable(typeof(DeletionResponse))]
[JsonSerializable(typeof(IReadOnlyList<AuditLine>))]
[JsonSerializable(typeof(PlenarySnapshot))]
[JsonSerializable(typeof(ComparisonSnapshot))]
[JsonSerializable(typeof(ClusterRequest))]
[JsonSerializable(typeof(StageMappingRequest))]
[JsonSerializable(typeof(InitiativeRequest))]
[JsonSerializable(typeof(DotsRequest))]
[JsonSerializable(typeof(VersionRequest))]
internal sealed partial class TabApiJsonContext : JsonSerializerContext;
