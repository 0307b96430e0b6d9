using System.Collections.Concurrent;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>Renders each (fixture, kind) once for the whole rendering suite; conversions take seconds each.</summary>
public sealed class RenderedReports : IDisposable
{
    private readonly LibreOfficeFixture _office = new();
    private readonly ConcurrentDictionary<(string, DocumentKind), (byte[] File, RenderedDocument Rendered)> _cache = new();

    internal (byte[] File, RenderedDocument Rendered) Get(string fixture, DocumentKind kind) =>
        _cache.GetOrAdd((fixture, kind), key =>
        {
            var file = Generate.Document(kind, Reports.ByName(fixture));
            var extension = kind == DocumentKind.Deck ? ".pptx" : ".docx";
            return (file, _office.Render($"{fixture}-{kind.ToString().ToLowerInvariant()}", extension, file));
        });

    public void Dispose() => _office.Dispose();
}
