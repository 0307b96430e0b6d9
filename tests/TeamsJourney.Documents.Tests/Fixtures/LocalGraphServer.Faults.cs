namespace TeamsJourney.Documents.Tests.Fixtures;

internal sealed partial class LocalGraphServer
{
    private readonly List<PlannedFault> _faults = [];

    /// <summary>Answers the next <paramref name="times"/> requests to <paramref name="route"/> with <paramref name="status"/>.</summary>
    public void Fail(LocalGraphRoute route, int status, int? retryAfterSeconds = null, int times = 1) =>
        Plan(new PlannedFault(route, null, status, retryAfterSeconds, DropConnection: false) { Remaining = times });

    /// <summary>Answers the chunk starting at <paramref name="offset"/> with <paramref name="status"/>, <paramref name="times"/> times.</summary>
    public void FailChunkAt(long offset, int status, int? retryAfterSeconds = null, int times = 1) =>
        Plan(new PlannedFault(LocalGraphRoute.UploadChunk, offset, status, retryAfterSeconds, DropConnection: false) { Remaining = times });

    /// <summary>Aborts the connection of the chunk starting at <paramref name="offset"/> without answering, <paramref name="times"/> times.</summary>
    public void DropChunkAt(long offset, int times = 1) =>
        Plan(new PlannedFault(LocalGraphRoute.UploadChunk, offset, 0, null, DropConnection: true) { Remaining = times });

    private void Plan(PlannedFault fault)
    {
        lock (_faults)
        {
            _faults.Add(fault);
        }
    }

    private PlannedFault? TakeFault(LocalGraphRoute route, long? rangeStart)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Route == route && f.Remaining > 0 && (f.AtOffset is null || f.AtOffset == rangeStart));
            if (fault is not null)
            {
                fault.Remaining--;
            }

            return fault;
        }
    }

    private sealed record PlannedFault(LocalGraphRoute Route, long? AtOffset, int StatusCode, int? RetryAfterSeconds, bool DropConnection)
    {
        public int Remaining { get; set; }
    }
}
