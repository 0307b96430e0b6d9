using System.Net;
using TeamsJourney.Bot.Tests.EndToEnd;
using TeamsJourney.Bot.Tests.Fixtures;

namespace TeamsJourney.Bot.Tests.Conversations;

/// <summary>
/// Whatever a redelivered activity asks for (an export, a documents request, a deletion card, a facilitator's
/// command, a vote), it changes nothing and sends nothing: no second reply, no second audit line, no second file.
/// </summary>
public abstract class RedeliveryOfEveryKindTests : StoreBackedBotTest
{
    public static TheoryData<string> Commands =>
    [
        "export workshop",
        "generate documents",
        "delete workshop",
        "workshop vote",
        "depth full",
        "lanes add backstage",
        "help",
        "scenarios",
        "status",
        "undo",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_redelivered_typed_command_changes_nothing_and_sends_nothing(string command)
    {
        var host = StartHost();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        await group.SayAsync("Doreen Hughes");
        var message = group.Teams.MessageMentioningBot(command);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(message)).StatusCode);

        // Documents are written in the background, with pauses longer than the quiet moment on a busy machine: their
        // first delivery's whole effect is in when the card says they are ready.
        await QuietAsync(command == "generate documents" ? () => Channel.Calls.Any(c => c.Activity.ToJsonString().Contains("Your documents are ready", StringComparison.Ordinal)) : null);
        var calls = Channel.Calls.Count;
        var stored = await StoredAsync(host, group.WorkshopId);

        var redeliveredAt = DateTimeOffset.UtcNow;
        var again = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await QuietAsync();
        var after = Channel.Calls.OrderBy(c => c.At).Skip(calls).Select(c => $"{c.Method} {c.ActivityId} at {c.At:HH:mm:ss.fff}: {Shown(c)}").ToList();
        Assert.True(after.Count == 0, $"The redelivery (at {redeliveredAt:HH:mm:ss.fff}, the first delivery's calls ending {Channel.Calls.OrderBy(c => c.At).Take(calls).LastOrDefault()?.At:HH:mm:ss.fff}) was followed by {after.Count} call(s):{Environment.NewLine}{string.Join(Environment.NewLine, after)}");
        Assert.Equal(stored, await StoredAsync(host, group.WorkshopId));
    }

    private static string Shown(TeamsJourney.Testing.Channel.ConnectorCall call)
    {
        var texts = System.Text.RegularExpressions.Regex.Matches(call.Activity.ToJsonString(), "\"text\":\"([^\"]*)\"").Select(m => m.Groups[1].Value);
        return string.Join(" | ", texts);
    }

    [Fact]
    public async Task A_redelivered_export_on_a_second_instance_publishes_nothing_and_audits_nothing()
    {
        var first = StartHost();
        var second = StartHost();
        var group = new GroupWalker(first, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var export = group.Teams.MessageMentioningBot("export workshop");
        await first.PostActivityAsync(export);
        await QuietAsync();
        var calls = Channel.Calls.Count;

        await second.PostActivityAsync(export);

        await QuietAsync();
        Assert.Equal(calls, Channel.Calls.Count);
        Assert.Single(await first.Repository.ReadAuditAsync(group.WorkshopId));
    }

    // Documents are generated in the background and their card updated as they go: wait until the channel has
    // heard nothing for a moment (and, when given, until finished says so), so the count compared is the first delivery's whole effect.
    private async Task QuietAsync(Func<bool>? finished = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var count = -1;
        while (DateTime.UtcNow < deadline && (Channel.Calls.Count != count || finished?.Invoke() == false))
        {
            count = Channel.Calls.Count;
            await Task.Delay(TimeSpan.FromSeconds(1.5));
        }
    }

    // Every stored event of the workshop and every audit line: a redelivery must add neither.
    private static async Task<(int Events, int AuditLines)> StoredAsync(BotHost host, string workshopId) =>
        ((await host.Repository.ReadAllEventsAsync(workshopId)).Count, (await host.Repository.ReadAuditAsync(workshopId)).Count);
}

public sealed class RedeliveryOfEveryKindOnSqliteTests : RedeliveryOfEveryKindTests, IDisposable
{
    private readonly SqliteTestStore _store = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings => _store.Settings;

    public void Dispose() => _store.Dispose();
}

[Collection(AzuriteHostCollection.Name)]
public sealed class RedeliveryOfEveryKindOnAzuriteTests(AzuriteFixture azurite) : RedeliveryOfEveryKindTests
{
    private readonly string _prefix = "redeliverkind" + Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyDictionary<string, string?> StorageSettings => AzuriteTestStore.Settings(azurite, _prefix);
}
