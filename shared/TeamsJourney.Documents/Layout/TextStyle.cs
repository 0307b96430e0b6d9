namespace TeamsJourney.Documents.Layout;

/// <summary>How a block of text is set: the inputs the measurer needs and the writers apply.</summary>
internal sealed record TextStyle(double FontPt, double IndentPt, double SpaceAfterPt, bool Bold, bool KeepWithNext = false)
{
    // Writers set this line pitch exactly (not "single", which varies by font), so measured heights hold in every renderer.
    public double LineHeightPt => Math.Round(FontPt * 1.2, 1);
}

/// <summary>One paragraph to lay out, in a given style. <see cref="Continued"/> marks the rest of a split paragraph.</summary>
internal sealed record TextBlock(string Text, TextStyle Style, bool Bullet = false, bool Continued = false);
