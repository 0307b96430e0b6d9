using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Where a shape sits on the slide.</summary>
internal readonly record struct SlideRect(Emu X, Emu Y, Emu Width, Emu Height)
{
    public static SlideRect FromInches(double x, double y, double width, double height) =>
        new(Emu.FromInches(x), Emu.FromInches(y), Emu.FromInches(width), Emu.FromInches(height));
}
