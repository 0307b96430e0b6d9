using System.Diagnostics;
using System.Text.Json;
using TeamsJourney.Bot.Cards;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// Does once, beside the host's start, the work of a first card turn that is slow only the first time in a process:
/// the endpoints are built, the turn's handlers made, and for each built-in scenario a started group's first card is
/// rendered and written as the JSON a turn sends. After a start or a scale-out the first person to press no longer
/// waits for it (issue 16's first card turn). Pure work: nothing is read from or written to the store, nothing sent.
/// </summary>
internal sealed partial class FirstTurnWarmUp(IServiceProvider services, ILogger<FirstTurnWarmUp> logger) : BackgroundService
{
    /// <summary>Set <c>Host:WarmUpOnStart</c> to false to start without it (the tests' many short-lived hosts do).</summary>
    public const string SettingName = "Host:WarmUpOnStart";

    private static readonly CommandActor Nobody = new("warm-up", "Warm-up", IsFacilitator: true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start's own thread at once: the host listens without waiting for this.
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        try
        {
            _ = services.GetRequiredService<EndpointDataSource>().Endpoints;
            _ = services.GetRequiredService<IActivityHandler>();
            var bytes = 0;
            foreach (var script in BuiltInScenarios.All)
            {
                stoppingToken.ThrowIfCancellationRequested();
                bytes += FirstCardBytes(script);
            }

            var press = ActivityParser.TryParse(SampleActivity).Activity ?? throw new InvalidOperationException("The sample press did not parse.");
            bytes += JsonSerializer.SerializeToUtf8Bytes(press, ActivityJsonContext.Default.Activity).Length;
            LogWarmedUp(logger, clock.ElapsedMilliseconds, BuiltInScenarios.All.Count, bytes);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped while starting: nothing to warm any more.
        }
        catch (Exception ex)
        {
            // Not fatal (the first turn then does this work itself), but never quiet: whatever failed here would fail
            // that turn too.
            LogWarmUpFailed(logger, ex);
        }
    }

    // The card a started group sees first, as a turn answers it.
    private static int FirstCardBytes(ScenarioScript script)
    {
        var started = FacilitationEngine.Decide(GroupSession.New(script), new Start("Warm-up"), CommandContext.Create(Nobody, DateTimeOffset.UtcNow)) as Accepted
            ?? throw new InvalidOperationException($"Scenario '{script.Id}' refused to start.");
        var card = PromptCard.Render(started.Session.PromptFor(Nobody.UserId), new GroupCardContext("warm-up", "warm-up", script.Title, "Warm-up", ViewerIsFacilitator: true));
        return JsonSerializer.SerializeToUtf8Bytes(card.ToMessage(), ActivityJsonContext.Default.Activity).Length;
    }

    private static ReadOnlySpan<byte> SampleActivity => """
        {"type":"invoke","name":"adaptiveCard/action","id":"warm-up","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "from":{"id":"29:warm-up","name":"Warm-up","aadObjectId":"warm-up"},"recipient":{"id":"28:warm-up","name":"TeamsJourney"},
         "conversation":{"id":"19:warm-up@thread.tacv2;messageid=1","conversationType":"channel","isGroup":true},
         "value":{"action":{"type":"Action.Execute","verb":"answerInputs","data":{"stepId":"persona","in_name":"Maureen"}},"trigger":"manual"}}
        """u8;

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up the first card turn in {Milliseconds} ms ({Scenarios} scenarios' first cards, {Bytes} bytes written).")]
    private static partial void LogWarmedUp(ILogger logger, long milliseconds, int scenarios, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Warming up the first card turn failed; the first turn will do that work itself.")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
