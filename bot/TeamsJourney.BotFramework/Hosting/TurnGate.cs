using Microsoft.Extensions.Options;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>
/// Bounds the turns handled at once; the others wait, in arrival order, holding only their parsed activity. With
/// every turn in progress together (3,000 participants pressing in a closed loop), each held what it had built for the
/// ~2 s it waited on its group's or the store's turn, all of it was promoted before it died, and the host peaked at
/// 620-810 MB with a p99 of 6-7 s; 128 at a time gave 536-588 MB, a p99 of 2.5-3.9 s and no fewer turns a second
/// (tests/bench/README.md). One conversation may hold only a few of the places, so a flood in one thread (whose
/// replies wait on that thread's send limit) cannot hold up every other thread.
/// </summary>
public sealed class TurnGate : IDisposable
{
    // Conversations share per-conversation limits by hash: bounded memory, nothing to clean up, and two busy threads
    // meeting in one slot only share its few places.
    private const int ConversationSlots = 1024;

    private readonly SemaphoreSlim _inProgress;
    private readonly SemaphoreSlim[] _perConversation;

    public TurnGate(IOptions<TurnGateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.MaxInProgress < 1 || settings.MaxInProgressPerConversation < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Bot:Turns limits must be at least 1.");
        }

        _inProgress = new SemaphoreSlim(settings.MaxInProgress, settings.MaxInProgress);
        _perConversation = new SemaphoreSlim[ConversationSlots];
        for (var i = 0; i < ConversationSlots; i++)
        {
            _perConversation[i] = new SemaphoreSlim(settings.MaxInProgressPerConversation, settings.MaxInProgressPerConversation);
        }
    }

    /// <summary>Waits for a place for a turn of <paramref name="conversationId"/>; disposing the result gives it back.</summary>
    public async Task<Place> EnterAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var conversation = _perConversation[(uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % ConversationSlots];
        await conversation.WaitAsync(cancellationToken);
        try
        {
            await _inProgress.WaitAsync(cancellationToken);
        }
        catch
        {
            conversation.Release();
            throw;
        }

        return new Place(this, conversation);
    }

    public void Dispose()
    {
        _inProgress.Dispose();
        foreach (var slot in _perConversation)
        {
            slot.Dispose();
        }
    }

    /// <summary>A turn's place; disposing it lets the next waiting turn in.</summary>
    public readonly struct Place(TurnGate gate, SemaphoreSlim conversation) : IDisposable
    {
        public void Dispose()
        {
            gate._inProgress.Release();
            conversation.Release();
        }
    }
}
