namespace TeamsJourney.Benchmarks.Generation;

/// <summary>
/// The lines driver and child exchange in paced mode. Taking turns with the peer run by run means both sides see
/// the same load on a shared machine, instead of one of them getting the quiet minute.
/// </summary>
internal static class PacingProtocol
{
    /// <summary>Child to driver: warmed up (or finished a run) and waiting.</summary>
    public const string Ready = "ready";

    /// <summary>Driver to child: time one run now.</summary>
    public const string Run = "run";

    /// <summary>Child to driver: the run is over; the driver may use the machine.</summary>
    public const string Done = "done";
}
