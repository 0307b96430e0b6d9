using System.Globalization;

namespace TeamsJourney.Documents.Units;

/// <summary>Typographic points (1/72 inch), and the scaled integers each format stores them as.</summary>
public readonly record struct Points(double Value)
{
    /// <summary>DrawingML font sizes are hundredths of a point (sz="1000" is 10 pt).</summary>
    public int ToHundredths() => (int)Math.Round(Value * 100);

    /// <summary>WordprocessingML font sizes are half-points (w:sz="20" is 10 pt).</summary>
    public int ToHalfPoints() => (int)Math.Round(Value * 2);

    /// <summary>WordprocessingML lengths are twentieths of a point (twips).</summary>
    public int ToTwips() => (int)Math.Round(Value * 20);

    /// <summary>The same length in EMUs.</summary>
    public Emu ToEmu() => Emu.FromPoints(this);

    /// <summary>Converts centimetres (page sizes and margins are usually given in them).</summary>
    public static Points FromCentimeters(double centimeters) => new(centimeters / 2.54 * 72);

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + " pt";
}
