using System.Collections.Concurrent;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.BotFramework.Tests.Support;

/// <summary>An activity handler that records its turns and answers as the test says.</summary>
public sealed class RecordingActivityHandler(Func<TurnContext, Task<InvokeResponse?>>? answer = null) : IActivityHandler
{
    private readonly ConcurrentQueue<TurnContext> _turns = new();

    public IReadOnlyList<TurnContext> Turns => [.. _turns];

    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turn);
        return answer is null ? null : await answer(turn);
    }
}
