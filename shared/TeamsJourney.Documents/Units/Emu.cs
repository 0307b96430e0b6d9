using System.Globalization;

namespace TeamsJourney.Documents.Units;

/// <summary>English Metric Units, the length unit of DrawingML: 914,400 per inch, 12,700 per point.</summary>
public readonly record struct Emu(long Value)
{
    /// <summary>EMUs in one inch.</summary>
    public const long PerInch = 914_400;

    /// <summary>EMUs in one typographic point.</summary>
    public const long PerPoint = 12_700;

    /// <summary>A length given in inches.</summary>
    public static Emu FromInches(double inches) => new((long)Math.Round(inches * PerInch));

    /// <summary>A length given in points.</summary>
    public static Emu FromPoints(Points points) => new((long)Math.Round(points.Value * PerPoint));

    /// <summary>The same length in points.</summary>
    public Points ToPoints() => new((double)Value / PerPoint);

    public static Emu operator +(Emu left, Emu right) => new(left.Value + right.Value);

    public static Emu operator -(Emu left, Emu right) => new(left.Value - right.Value);

    public static Emu operator *(Emu left, double factor) => new((long)Math.Round(left.Value * factor));

    public static Emu operator /(Emu left, int divisor) => new(left.Value / divisor);

    public Emu Add(Emu other) => this + other;

    public Emu Subtract(Emu other) => this - other;

    public Emu Multiply(double factor) => this * factor;

    public Emu Divide(int divisor) => this / divisor;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " EMU";
}
