using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.Pptx.Map;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The service blueprint as swimlanes under the same stage columns, with the lines of interaction, visibility and
/// internal interaction drawn and labelled between the lanes they separate, and time and owner as its last rows.
/// </summary>
internal static class BlueprintSlides
{
    public const string Title = "Service blueprint";

    // Time and owner hold a few words each, so they get a one-line row and the action lanes share the rest.
    private const double ShortRowHeight = 0.5;

    public static void Add(DeckBuilder deck, PreparedGroup group, string title = Title)
    {
        var lanes = LaneCatalog.BlueprintLanes;
        var isShort = (Lane lane) => lane is Lane.Time or Lane.Owner;
        var top = MapGeometry.GridTop + MapGeometry.StageHeaderHeight + MapGeometry.RowGap;
        var lines = lanes.Count(l => LaneCatalog.LineBelow(l) is not null) * LaneGridSlides.LineGap;
        var free = MapGeometry.GridBottom - top - lines - (lanes.Count * MapGeometry.RowGap) - (lanes.Count(isShort) * ShortRowHeight);
        var height = free / lanes.Count(l => !isShort(l));
        LaneGridSlides.Add(deck, group, new LaneGridSpec(title, "The service blueprint", [.. lanes.Select(l => new LaneBand(l, isShort(l) ? ShortRowHeight : height))], WithEmotion: false, WithLines: true));
    }
}
