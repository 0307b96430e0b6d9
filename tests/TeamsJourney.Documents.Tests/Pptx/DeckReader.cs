using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace TeamsJourney.Documents.Tests.Pptx;

/// <summary>A slide as a reader of the file sees it.</summary>
internal sealed record SlideView(string? Title, string Text, string Notes, SlidePart Part);

/// <summary>Opens a generated deck and reads back what a user (or a screen reader) would get from each slide.</summary>
internal sealed class DeckReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly PresentationDocument _document;

    public DeckReader(byte[] file)
    {
        _stream = new MemoryStream(file, writable: false);
        _document = PresentationDocument.Open(_stream, false);
        var presentation = _document.PresentationPart!;
        Slides = [.. presentation.Presentation.SlideIdList!.Elements<SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!))
            .Select(View)];
    }

    public IReadOnlyList<SlideView> Slides { get; }

    public PresentationDocument Document => _document;

    public string AllSlideText => string.Join('\n', Slides.Select(s => s.Text));

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static SlideView View(SlidePart part)
    {
        var title = part.Slide.Descendants<Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
                is { } type && (type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle))
            ?.TextBody?.InnerText;
        var text = string.Join(' ', part.Slide.Descendants<Drawing.Paragraph>().Select(p => string.Concat(p.Descendants<Drawing.Text>().Select(t => t.Text))));
        var notes = part.NotesSlidePart?.NotesSlide.InnerText ?? string.Empty;
        return new SlideView(title, text, notes, part);
    }
}
