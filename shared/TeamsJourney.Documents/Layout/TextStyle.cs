namespace TeamsJourney.Documents.Layout;

/// <summary>How a block of text is set: the inputs the measurer needs and the writers apply.</summary>
internal sealed record TextStyle(double FontPt, double IndentPt, double SpaceAfterPt, bool Bold)
{
    // 1.25 em per line is a little more than Office and LibreOffice use for the fonts we name or fall back to.
    public double LineHeightPt => FontPt * 1.25;
}

/// <summary>One paragraph to lay out, in a given style.</summary>
internal sealed record TextBlock(string Text, TextStyle Style, bool Bullet = false);
