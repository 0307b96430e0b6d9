using TeamsJourney.Documents.Layout;

namespace TeamsJourney.Documents.Pptx.Map;

/// <summary>Draws a <see cref="MapCard"/>: the card (an editable text shape) and its evidence badge, grouped so they move together.</summary>
internal static class CardPainter
{
    private const double BadgeCharPt = 4.4;

    public static void Draw(SlideXmlWriter slide, MapCard card, double leftInches, double topInches, double widthInches, string stage)
    {
        var colours = LanePalette.Of(card.Item.Lane);
        var rect = SlideRect.FromInches(leftInches, topInches, widthInches, card.HeightPt / 72);
        // Pain points and opportunities are what a director looks for first: a heavier edge marks them out.
        var marked = card.Item.Lane is Lane.PainPoint or Lane.Opportunity;
        var (label, badgeFill, badgeText, dash) = card.Badge;
        var badgeWidth = ((label.Length * BadgeCharPt) + 8) / 72;
        var badgeHeight = MapCard.MetaStyle.LineHeightPt / 72;
        var inset = MapCard.InsetHorizontalPt / 72;

        slide.BeginGroup($"Card {card.Item.Anchor}", card.Description(stage), rect);
        if (card.Compact)
        {
            DrawCompact(slide, card, rect, leftInches, topInches, widthInches, marked, (label, badgeFill, badgeText, dash));
            slide.EndGroup();
            return;
        }

        slide.Shape(
            $"Note {card.Item.Anchor}",
            rect,
            new ShapeLook("rect", colours.PaleHex, colours.StrongHex, marked ? 1.75 : 0.75),
            [
                new StyledText(new TextBlock(card.Item.Channel ?? " ", MapCard.MetaStyle), colours.StrongHex, "r"),
                new StyledText(new TextBlock(card.ShownText, MapCard.TextStyle), DeckTheme.Ink),
            ],
            new TextInsets(MapCard.InsetHorizontalPt, MapCard.InsetVerticalPt));
        slide.Shape(
            $"Badge {card.Item.Anchor}",
            SlideRect.FromInches(leftInches + inset, topInches + (MapCard.InsetVerticalPt / 72), badgeWidth, badgeHeight),
            new ShapeLook("roundRect", badgeFill, badgeText, 0.5, dash),
            [new StyledText(new TextBlock(label, new TextStyle(6.5, 0, 0, Bold: true)), badgeText, "ctr")],
            TextInsets.None,
            "ctr");
        slide.EndGroup();
    }

    private static void DrawCompact(SlideXmlWriter slide, MapCard card, SlideRect rect, double left, double top, double width, bool marked, (string Label, string Fill, string Text, string? Dash) badge)
    {
        var colours = LanePalette.Of(card.Item.Lane);
        slide.Shape(
            $"Note {card.Item.Anchor}",
            rect,
            new ShapeLook("rect", colours.PaleHex, colours.StrongHex, marked ? 1.75 : 0.75),
            [new StyledText(new TextBlock(card.ShownText, MapCard.TextStyle), DeckTheme.Ink)],
            new TextInsets(MapCard.InsetHorizontalPt, MapCard.CompactInsetVerticalPt, MapCard.InsetHorizontalPt + MapCard.CompactBadgePt));
        var badgeWidth = Math.Min(((badge.Label.Length * BadgeCharPt) + 8) / 72, (MapCard.CompactBadgePt - 2) / 72);
        slide.Shape(
            $"Badge {card.Item.Anchor}",
            SlideRect.FromInches(left + width - (MapCard.InsetHorizontalPt / 72) - badgeWidth, top + ((card.HeightPt - MapCard.MetaStyle.LineHeightPt) / 2 / 72), badgeWidth, MapCard.MetaStyle.LineHeightPt / 72),
            new ShapeLook("roundRect", badge.Fill, badge.Text, 0.5, badge.Dash),
            [new StyledText(new TextBlock(badge.Label, new TextStyle(6, 0, 0, Bold: true)), badge.Text, "ctr")],
            TextInsets.None,
            "ctr");
    }
}
