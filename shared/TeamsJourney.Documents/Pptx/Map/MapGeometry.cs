namespace TeamsJourney.Documents.Pptx.Map;

/// <summary>
/// Where the map's parts sit on a slide, in inches: a lane label column on the left, then one column per stage, like
/// the tab. Rows are stacked top to bottom by the slides that use it.
/// </summary>
internal sealed class MapGeometry
{
    public const double LabelLeft = 0.4;
    public const double LabelWidth = 1.4;
    public const double Right = 12.93;
    public const double GridTop = 1.3;
    public const double GridBottom = 7.25;
    public const double StageHeaderHeight = 0.44;
    public const double RowGap = 0.05;
    public const double CardMargin = 0.05;

    /// <summary>At most this many stage columns share a slide; more continue on the next slide.</summary>
    public const int MaxStagesPerSlide = 6;

    public MapGeometry(int columns) => Columns = Math.Max(1, columns);

    public int Columns { get; }

    public static double ColumnsLeft => LabelLeft + LabelWidth + RowGap;

    public double ColumnWidth => (Right - ColumnsLeft) / Columns;

    public double ColumnLeft(int column) => ColumnsLeft + (column * ColumnWidth);

    public double ColumnCentre(int column) => ColumnLeft(column) + (ColumnWidth / 2);

    public double CardWidth => ColumnWidth - (2 * CardMargin);

    public static SlideRect Label(double top, double height) => SlideRect.FromInches(LabelLeft, top, LabelWidth, height);

    public static SlideRect Band(double top, double height) => SlideRect.FromInches(ColumnsLeft, top, Right - ColumnsLeft, height);

    public SlideRect StageHeader(int column) =>
        SlideRect.FromInches(ColumnLeft(column) + (CardMargin / 2), GridTop, ColumnWidth - CardMargin, StageHeaderHeight);
}
