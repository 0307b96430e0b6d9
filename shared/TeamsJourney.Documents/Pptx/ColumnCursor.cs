using TeamsJourney.Documents.Layout;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Stacks panels down a column of a designed slide (summary, persona), measuring each before it is drawn so
/// nothing runs off the slide: a panel that does not fit is refused and the caller says where the rest is.
/// </summary>
internal sealed class ColumnCursor(SlideXmlWriter slide, double left, double width, double top, double bottom)
{
    private const double Gap = 0.08;
    private double _y = top;

    public double Left => left;

    public double Width => width;

    public double Y => _y;

    public double Remaining => bottom - _y;

    public static double HeightOf(IReadOnlyList<StyledText> paragraphs, double widthInches, TextInsets insets) =>
        (TextFlow.Measure(paragraphs.Select(p => p.Block), (widthInches * 72) - (2 * insets.Horizontal)) + (2 * insets.Vertical) + 1) / 72;

    /// <summary>Draws a panel if it fits; returns false (drawing nothing) when it does not.</summary>
    public bool TryPanel(string name, IReadOnlyList<StyledText> paragraphs, ShapeLook look, TextInsets insets, double? minHeight = null)
    {
        var height = Math.Max(minHeight ?? 0, HeightOf(paragraphs, width, insets));
        if (_y + height > bottom)
        {
            return false;
        }

        slide.Shape(name, SlideRect.FromInches(left, _y, width, height), look, paragraphs, insets);
        _y += height + Gap;
        return true;
    }

    public void Skip(double inches) => _y += inches;
}
