using System.Net;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Edits;

/// <summary>Co-editing through the tab API: rebased different-field edits, deterministic same-field conflicts, idempotent retries.</summary>
public sealed class CoEditingTests : TabTestBase
{
    [Fact]
    public async Task Adding_an_item_returns_it_at_version_1_by_the_caller()
    {
        var response = await EditAsync(Alice, new { op = "add", stageId = Workshop.FirstStageId, lane = "Touchpoint", text = "Council website", channel = "Web", clientEditId = NewEditId() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await TabClient.BodyAsync(response))["item"]!;
        Assert.Equal(("Council website", "Web", 1, "Alice Adebayo"), ((string?)item["text"], (string?)item["channel"], (int?)item["version"], (string?)item["authorName"]));
    }

    [Fact]
    public async Task Many_people_adding_at_once_are_all_stored_or_told_to_retry_never_a_500()
    {
        var lanes = new[] { "Thought", "PainPoint", "Touchpoint", "CustomerAction" };
        var adds = Enumerable.Range(0, 16).Select(i => EditAsync(i % 2 == 0 ? Alice : Bob, new
        {
            op = "add",
            stageId = Workshop.FirstStageId,
            lane = lanes[i % lanes.Length],
            text = $"Said at once {i}",
            channel = lanes[i % lanes.Length] == "Touchpoint" ? "Phone" : null,
            clientEditId = NewEditId(),
        }));

        var responses = await Task.WhenAll(adds);

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        var stored = (await Workshop.Repository.LoadGroupAsync(Workshop.WorkshopId, Workshop.GroupId))!.Map.Items.Count(i => i.Text.StartsWith("Said at once", StringComparison.Ordinal));
        Assert.Equal(responses.Count(r => r.StatusCode == HttpStatusCode.OK), stored);
    }

    [Fact]
    public async Task Concurrent_edits_to_different_fields_of_one_item_both_survive()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");

        var responses = await Task.WhenAll(
            EditAsync(Alice, new { op = "editText", itemId, baseVersion = 1, text = "Calendar wrong again", clientEditId = NewEditId() }),
            EditAsync(Bob, new { op = "move", itemId, baseVersion = 1, stageId = Workshop.FirstStageId, lane = "Thought", clientEditId = NewEditId() }),
            EditAsync(Bob, new { op = "setEvidence", itemId, baseVersion = 1, evidenceKind = "Fact", evidenceSource = "Complaints log", clientEditId = NewEditId() }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await Workshop.StoredItemAsync(itemId);
        Assert.Equal(("Calendar wrong again", Lane.Thought, EvidenceKind.Fact, 4), (stored.Text, stored.Lane, stored.Evidence?.Kind, stored.Version));
    }

    [Fact]
    public async Task Concurrent_edits_to_the_same_field_keep_the_first_stored_and_tell_the_other_with_the_current_value()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");

        var responses = await Task.WhenAll(
            EditAsync(Alice, new { op = "editText", itemId, baseVersion = 1, text = "Alice's wording", clientEditId = NewEditId() }),
            EditAsync(Bob, new { op = "editText", itemId, baseVersion = 1, text = "Bob's wording", clientEditId = NewEditId() }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var stored = await Workshop.StoredItemAsync(itemId);
        var conflict = await TabClient.BodyAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal("text", (string?)conflict["conflictingField"]);
        Assert.Equal(stored.Text, (string?)conflict["current"]!["text"]);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task An_edit_based_on_an_old_version_loses_to_a_stored_change_of_the_same_field()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");
        Assert.Equal(HttpStatusCode.OK, (await EditAsync(Alice, new { op = "move", itemId, baseVersion = 1, stageId = Workshop.FirstStageId, lane = "Thought", clientEditId = NewEditId() })).StatusCode);

        var late = await EditAsync(Bob, new { op = "move", itemId, baseVersion = 1, stageId = Workshop.FirstStageId, lane = "Opportunity", clientEditId = NewEditId() });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(("position", "Thought", "Alice Adebayo"), ((string?)(await TabClient.BodyAsync(late))["conflictingField"], (string?)(await TabClient.BodyAsync(late))["current"]!["lane"], (string?)(await TabClient.BodyAsync(late))["winner"]));
        Assert.Equal(Lane.Thought, (await Workshop.StoredItemAsync(itemId)).Lane);
    }

    [Fact]
    public async Task Editing_an_item_someone_deleted_is_a_conflict_on_deleted()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");
        Assert.Equal(HttpStatusCode.OK, (await EditAsync(Alice, new { op = "delete", itemId, baseVersion = 1, clientEditId = NewEditId() })).StatusCode);

        var late = await EditAsync(Bob, new { op = "editText", itemId, baseVersion = 1, text = "Too late", clientEditId = NewEditId() });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var body = await TabClient.BodyAsync(late);
        Assert.Equal("deleted", (string?)body["conflictingField"]);
        Assert.Null(body["current"]);
    }

    [Fact]
    public async Task Deleting_an_item_someone_changed_since_is_a_conflict_so_their_change_is_not_lost_unseen()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");
        Assert.Equal(HttpStatusCode.OK, (await EditAsync(Alice, new { op = "editText", itemId, baseVersion = 1, text = "Reworded", clientEditId = NewEditId() })).StatusCode);

        var delete = await EditAsync(Bob, new { op = "delete", itemId, baseVersion = 1, clientEditId = NewEditId() });

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal("Reworded", (await Workshop.StoredItemAsync(itemId)).Text);
    }

    [Fact]
    public async Task A_retried_edit_with_the_same_client_edit_id_is_stored_once()
    {
        var itemId = await Workshop.AddItemAsync("Calendar says collected");
        var edit = new { op = "editText", itemId, baseVersion = 1, text = "Once only", clientEditId = NewEditId() };

        var first = await EditAsync(Alice, edit);
        var retry = await EditAsync(Alice, edit);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.True((bool)(await TabClient.BodyAsync(retry))["duplicate"]!);
        Assert.Equal(2, (await Workshop.StoredItemAsync(itemId)).Version);
    }

    [Theory]
    [InlineData("""{"op":"paint","clientEditId":"x1"}""", "'op'")]
    [InlineData("""{"op":"add","stageId":"s","lane":"Sideways","text":"t","clientEditId":"x2"}""", "'lane'")]
    [InlineData("""{"op":"add","stageId":"s","lane":"7","text":"t","clientEditId":"x3"}""", "'lane'")]
    [InlineData("""{"op":"editText","text":"t","clientEditId":"x4"}""", "'itemId'")]
    [InlineData("""{"op":"add","stageId":"s","lane":"Thought","text":"t"}""", "'clientEditId'")]
    public async Task A_malformed_edit_gets_400_naming_the_field(string body, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/groups/{Workshop.GroupId}/edits")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await Alice.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (string?)(await TabClient.BodyAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_gets_400_not_500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{Workshop.WorkshopId}/groups/{Workshop.GroupId}/edits")
        {
            Content = new StringContent("{\"op\":", System.Text.Encoding.UTF8, "application/json"),
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await Alice.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_edit_the_rules_refuse_gets_400_with_the_reason()
    {
        var response = await EditAsync(Alice, new { op = "add", stageId = "no-such-stage", lane = "Thought", text = "Lost", clientEditId = NewEditId() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no stage", (string?)(await TabClient.BodyAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_unknown_group_gets_404()
    {
        var response = await Alice.EditAsync(Workshop.WorkshopId, "no-group", new { op = "add", stageId = Workshop.FirstStageId, lane = "Thought", text = "x", clientEditId = NewEditId() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
