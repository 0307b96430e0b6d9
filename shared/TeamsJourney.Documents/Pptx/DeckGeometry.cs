using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>The 16:9 grid every slide is built on, and the type sizes used on it.</summary>
internal static class DeckGeometry
{
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);

    public const double MarginInches = 0.5;
    public const double ContentTopInches = 1.4;
    public const double ContentBottomInches = 7.05;
    public const double ContentWidthInches = 13.333 - (2 * MarginInches);
    public const double ContentHeightInches = ContentBottomInches - ContentTopInches;

    /// <summary>Text inset inside boxes: left/right and top/bottom.</summary>
    public static readonly Points InsetHorizontal = new(7.2);
    public static readonly Points InsetVertical = new(3.6);

    public static readonly SlideRect Title = SlideRect.FromInches(MarginInches, 0.35, ContentWidthInches, 0.9);
    public static readonly SlideRect Content = SlideRect.FromInches(MarginInches, ContentTopInches, ContentWidthInches, ContentHeightInches);

    public static readonly TextStyle Heading = new(16, 0, 6, Bold: true, KeepWithNext: true);
    public static readonly TextStyle Bullet = new(14, 18, 6, Bold: false);
    public static readonly TextStyle Body = new(14, 0, 6, Bold: false);
    public static readonly TextStyle SmallHeading = new(13, 0, 4, Bold: true, KeepWithNext: true);
    public static readonly TextStyle SmallBullet = new(11, 14, 3, Bold: false);

    /// <summary>Title sizes tried in turn until the title fits its placeholder.</summary>
    public static readonly double[] TitleSizes = [28, 24, 20, 16, 14, 12];

    /// <summary>The title slide starts larger.</summary>
    public static readonly double[] CoverTitleSizes = [40, 36, 32, 28, 24, 20, 16, 14, 12];

    /// <summary>Splits the content area into equal columns with a gutter between them.</summary>
    public static IReadOnlyList<SlideRect> Columns(int count, double gutterInches = 0.4)
    {
        var width = (ContentWidthInches - (gutterInches * (count - 1))) / count;
        return [.. Enumerable.Range(0, count).Select(i =>
            SlideRect.FromInches(MarginInches + (i * (width + gutterInches)), ContentTopInches, width, ContentHeightInches))];
    }

    /// <summary>The room text really has inside a box once insets are taken off.</summary>
    public static BoxSize TextRoom(SlideRect rect) => new(
        rect.Width.ToPoints().Value - (2 * InsetHorizontal.Value),
        rect.Height.ToPoints().Value - (2 * InsetVertical.Value));
}
