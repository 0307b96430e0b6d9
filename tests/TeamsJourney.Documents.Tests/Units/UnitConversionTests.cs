using TeamsJourney.Documents.Units;

namespace TeamsJourney.Documents.Tests.Units;

public sealed class UnitConversionTests
{
    [Fact]
    public void One_inch_is_914400_emu() => Assert.Equal(914_400, Emu.FromInches(1).Value);

    [Fact]
    public void One_point_is_12700_emu() => Assert.Equal(12_700, new Points(1).ToEmu().Value);

    [Fact]
    public void Emu_converts_back_to_points() => Assert.Equal(72, Emu.FromInches(1).ToPoints().Value, 6);

    [Fact]
    public void Drawing_font_sizes_are_hundredths_of_a_point() => Assert.Equal(1050, new Points(10.5).ToHundredths());

    [Fact]
    public void Word_font_sizes_are_half_points() => Assert.Equal(21, new Points(10.5).ToHalfPoints());

    [Fact]
    public void Word_lengths_are_twips() => Assert.Equal(1440, new Points(72).ToTwips());

    [Fact]
    public void Centimetres_convert_to_points() => Assert.Equal(72, Points.FromCentimeters(2.54).Value, 6);
}
