using TeamsJourney.Benchmarks.Generation;
using TeamsJourney.Benchmarks.Peers;

namespace TeamsJourney.Benchmarks.Driver;

/// <summary>Ours and the peer's figures for one fixture size, with the medians the table prints.</summary>
internal sealed record SizeResult(int Items, GenerationResult Ours, IReadOnlyList<PeerRun> Peer)
{
    public double OursPptxMs => Statistics.Median(Ours.PptxMs);

    public double OursDocxMs => Statistics.Median(Ours.DocxMs);

    public double OursTotalMs => Statistics.Median(Ours.TotalMs);

    public double OursMinTotalMs => Ours.TotalMs.Min();

    public double OursProcessorMs => Statistics.Median(Ours.ProcessorMs);

    public double PeerPptxMs => Statistics.Median(Peer.Select(run => run.PptxMs).ToArray());

    public double PeerDocxMs => Statistics.Median(Peer.Select(run => run.DocxMs).ToArray());

    public double PeerTotalMs => Statistics.Median(Peer.Select(run => run.TotalMs).ToArray());

    public double PeerMinTotalMs => Peer.Min(run => run.TotalMs);

    public double PeerRssMb => Statistics.Median(Peer.Select(run => run.RssMb).ToArray());

    /// <summary>How many times faster we are: above 1 means we win.</summary>
    public double SpeedRatio => PeerTotalMs / OursTotalMs;

    /// <summary>Our peak over the peer's RSS: at or below 1 means we use no more memory.</summary>
    public double MemoryRatio => Ours.PeakMb / PeerRssMb;
}
