using DocumentFormat.OpenXml.Packaging;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Which layout a slide uses.</summary>
internal enum SlideLayoutKind
{
    TitleSlide,
    TitleOnly,
    SectionHeader,
}

/// <summary>Adds slides one after another, each with its speaker notes, and lists them in presentation.xml at the end.</summary>
internal sealed class DeckBuilder
{
    private readonly PresentationPart _presentation;
    private readonly PresentationParts _parts;
    private readonly List<string> _slideIds = [];
    private readonly List<(string Name, int FirstSlide)> _sections = [];

    public DeckBuilder(PresentationPart presentation)
    {
        _presentation = presentation;
        _parts = PresentationParts.Create(presentation);
    }

    public int SlideCount => _slideIds.Count;

    /// <summary>Adds a slide; <paramref name="draw"/> writes its shapes (it may add parts, such as a chart, to the slide).</summary>
    public void AddSlide(SlideLayoutKind layout, string speakerNotes, Action<SlideXmlWriter, SlidePart> draw)
    {
        var id = $"rIdSlide{_slideIds.Count + 1}";
        var slide = _presentation.AddNewPart<SlidePart>(id);
        slide.AddPart(
            layout switch
            {
                SlideLayoutKind.TitleSlide => _parts.TitleLayout,
                SlideLayoutKind.SectionHeader => _parts.SectionLayout,
                _ => _parts.TitleOnlyLayout,
            },
            "rIdLayout");
        using (var writer = new SlideXmlWriter(slide))
        {
            draw(writer, slide);
        }

        SpeakerNotes.Write(slide, _parts.NotesMaster, speakerNotes);
        _slideIds.Add(id);
    }

    /// <summary>Starts a named PowerPoint section at the next slide (shown in the slide sorter and navigation pane).</summary>
    public void StartSection(string name) => _sections.Add((name, _slideIds.Count));

    public void Finish() => PresentationParts.WritePresentation(_presentation, _slideIds, _sections);
}
