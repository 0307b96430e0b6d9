namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// Writers of the same stream (a group, or the workshop itself) inside this process take turns, so they never lose
/// an optimistic race to each other and never decide on state another local writer is about to change: contention
/// by design, not by retry. The optimistic check stays for writers in other processes (several instances on Azure
/// Tables). Striped: a fixed set of gates, so memory does not grow with the number of streams; two streams sharing
/// a gate only take turns.
/// </summary>
internal sealed class StreamWriteGates
{
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the stream's turn; dispose the result to end it.</summary>
    public async Task<Turn> EnterAsync(string workshopId, string streamId, CancellationToken cancellationToken)
    {
        var gate = _gates[(int)((uint)HashCode.Combine(workshopId, streamId) % Stripes)];
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    /// <summary>One writer's turn on a stream.</summary>
    public readonly struct Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
