namespace TeamsJourney.Benchmarks.Peers;

/// <summary>What one peer.js run reported: in-process wall times, its resident set size at the end, and the files written.</summary>
internal sealed record PeerRun(double PptxMs, double DocxMs, double TotalMs, double RssMb, long PptxBytes, long DocxBytes);
