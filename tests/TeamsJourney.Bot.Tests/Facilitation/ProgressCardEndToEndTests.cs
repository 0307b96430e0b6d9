using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Tests.Fixtures;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Workshops.Facilitation;

namespace TeamsJourney.Bot.Tests.Facilitation;

/// <summary>
/// The compact progress card in the facilitator's thread follows the groups' own work, not only the facilitator's
/// actions: every group change updates it in place, and a burst of answers is one coalesced update.
/// </summary>
public sealed class ProgressCardEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestStore _store = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private LocalChannelService _channel = null!;

    public async Task InitializeAsync() => _channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_burst_of_group_answers_updates_the_facilitators_progress_card_in_place_once()
    {
        await using var host = new BotHost(_channel, _store.Settings, _clock);
        var workshop = new FacilitatedWorkshop(host, _channel, () => new TeamsActivities(_channel.ServiceUrl, $"{TeamsActivities.ChannelId};messageid={Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000)}"));
        await workshop.CreateAsync(new JsonObject
        {
            [CardFields.Title] = "Bins, progress",
            [CardFields.ScenarioId] = "missed-bin-collection",
            [CardFields.Depth] = "mvp",
            [CardFields.TimeBox(WorkshopPhase.Persona)] = "20",
        });
        var group = new BreakoutGroup(host, _channel, 1, 4);
        await group.StartAsync();
        await WaitWhileTheClockMovesAsync(c => c.ActivityId == workshop.ConsoleActivityId && c.CardText.Contains("persona · step 1 of", StringComparison.Ordinal));
        await Task.Delay(300);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(300);
        var before = _channel.Calls.Count;

        // Four members write on the persona card at once, then one presses "Save and next": five stored changes while
        // the host's clock stands still, so the outbox's coalescing window is still open for all of them.
        var persona = group.LiveCard;
        await Task.WhenAll(group.Members.Select((member, m) => group.PressAsync(member, persona, CardVerbs.AnswerInputs, new JsonObject
        {
            ["in_" + MultiInputCard.Keys(persona)[^1]] = $"Member {m + 1} adds a need",
            [CardFields.Then] = null,
        })));
        await group.PressAsync(group.Members[0], persona, CardVerbs.AnswerInputs, new JsonObject { [CardFields.Then] = CardVerbs.Next });
        await Task.Delay(300);

        var report = await host.Services.GetRequiredService<WorkshopProgress>().ReadAsync(group.WorkshopId);
        var line = Assert.Single(report!.Groups);
        Assert.Equal(WorkshopPhase.Journey, line.Phase);
        var update = await WaitWhileTheClockMovesAsync(c => c.ActivityId == workshop.ConsoleActivityId
            && c.CardText.Contains($"journey · step 2 of {line.Steps} · {line.Items} items", StringComparison.Ordinal), skip: before);

        Assert.True(update.IsUpdate, "The progress card is updated in place, not posted again.");
        Assert.Contains("Move all", update.CardText, StringComparison.Ordinal);
        Assert.Single(_channel.Calls.Skip(before), c => c.IsFor(workshop.Facilitator.ConversationId));
    }

    private async Task<ConnectorCall> WaitWhileTheClockMovesAsync(Func<ConnectorCall, bool> match, int skip = 0)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_channel.Calls.Skip(skip).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        return await _channel.WaitForCallAsync(match, skip: skip);
    }
}
