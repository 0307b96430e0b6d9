using TeamsJourney.Documents.Generation;

namespace TeamsJourney.Documents.Tests.Generation;

/// <summary>Records progress synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<DocumentProgress>
{
    private readonly List<DocumentProgress> _reports = [];

    public IReadOnlyList<DocumentProgress> Reports => _reports;

    public void Report(DocumentProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
