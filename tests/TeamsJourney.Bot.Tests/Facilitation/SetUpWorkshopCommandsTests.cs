using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// A workshop set up with "new workshop" has an id of its own (not the channel's): every command that acts on "this
/// workshop" must find it from the facilitator's thread, from a group's thread and from a new post in the channel.
/// Found in the Agents Playground: "generate documents" there answered "There is no workshop here yet". Runs once
/// per storage backend.
/// </summary>
public abstract class SetUpWorkshopCommandsTests : IAsyncLifetime
{
    private const string Title = "Bins, set up";

    private LocalChannelService _channel = null!;

    /// <summary>Settings that point the host at this run's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    public async Task InitializeAsync() => _channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private TeamsActivities AThread() =>
        new(_channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}");

    private static JsonObject Form() => new()
    {
        [CardFields.Title] = Title,
        [CardFields.Objectives] = "Fewer missed collections",
        [CardFields.Stakeholders] = "Residents",
        [CardFields.ScenarioId] = "missed-bin-collection",
        [CardFields.Depth] = "mvp",
        [CardFields.ReminderMinutes] = "0",
        [CardFields.AutoAdvance] = "false",
    };

    [Fact]
    public async Task Facilitator_commands_in_the_threads_and_the_channel_of_a_set_up_workshop_act_on_that_workshop()
    {
        await using var host = new BotHost(_channel, StorageSettings);
        var workshop = new FacilitatedWorkshop(host, _channel, AThread);
        await workshop.CreateAsync(Form());
        var group = await workshop.StartGroupAsync(1);
        await group.AnswerCurrentStepAsync(1);

        // In the facilitator's thread.
        var depth = await workshop.SayAsync("depth full");
        Assert.Contains("The workshop works at full depth", depth.Text, StringComparison.Ordinal);
        Assert.Contains("Switched ", depth.Text, StringComparison.Ordinal);

        var vote = await workshop.SayAsync("workshop vote");
        Assert.DoesNotContain("No workshop here", vote.Text, StringComparison.Ordinal);

        var before = _channel.Calls.Count;
        await workshop.SayAsync("generate documents");
        var answer = await _channel.WaitForCallAsync(
            c => c.Conversation == workshop.Facilitator.ConversationId && c.CardText.Contains("Generating the deck", StringComparison.Ordinal), skip: before);
        Assert.NotNull(answer);
        Assert.DoesNotContain(_channel.Calls.Skip(before), c => c.CardText.Contains("no workshop here", StringComparison.OrdinalIgnoreCase));

        // In a new post of the channel (a thread bound to nothing): the channel's current workshop.
        var newPost = FacilitatedWorkshop.WithUser(AThread(), workshop.Facilitator.User.Id, workshop.Facilitator.User.Name);
        var exporter = new FacilitatedWorkshop(host, _channel, () => newPost);
        var export = await exporter.SayAsync("export workshop");
        Assert.Contains("Workshop export ready", export.Text, StringComparison.Ordinal);
        Assert.Contains(Title, export.Text, StringComparison.Ordinal);

        // In the group's thread the group's own workshop: a member is refused as a member, not told there is none.
        var refusal = await group.SayAsync("export workshop");
        Assert.Contains("Only the workshop's facilitators", refusal.Text, StringComparison.Ordinal);
    }
}
