using TeamsJourney.Install.Tests.Fixtures;

namespace TeamsJourney.Install.Tests.AppPackage;

/// <summary>The icons Teams and Office show: sizes, transparency, and that the committed files come from the script.</summary>
public sealed class IconTests(SamplePackage package) : IClassFixture<SamplePackage>
{
    [Fact]
    public void The_colour_icon_in_the_zip_is_a_192_pixel_square()
    {
        var color = PngImage.Read(package.Entries["color.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
    }

    [Fact]
    public void The_outline_icon_in_the_zip_is_32_pixels_white_on_transparent()
    {
        var outline = PngImage.Read(package.Entries["outline.png"]);

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.IsRgba8, "the outline icon needs an alpha channel");
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => outline[x, y])).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void The_colour_icon_is_opaque_on_the_manifests_accent_colour()
    {
        var color = PngImage.Read(package.Entries["color.png"]);
        var accent = Convert.FromHexString(((string)package.Manifest["accentColor"]!)[1..]);

        Assert.Equal((accent[0], accent[1], accent[2], (byte)255), color[0, 0]);
        Assert.All(Enumerable.Range(0, 192), x => Assert.Equal(255, color[x, 96].A));
    }

    [Theory]
    [InlineData("appPackage/color.png")]
    [InlineData("appPackage/outline.png")]
    [InlineData("assets/icon-16.png")]
    [InlineData("assets/icon-32.png")]
    [InlineData("assets/icon-80.png")]
    public async Task The_committed_icon_is_what_the_icons_script_draws(string icon)
    {
        var output = Directory.CreateTempSubdirectory("teamsjourney-icons-");
        try
        {
            var outcome = await AddinManifestFolder.RunScriptAsync("icons.mjs", "--out", output.FullName);
            Assert.True(outcome.ExitCode == 0, outcome.Output);

            var drawn = PngImage.Read(await File.ReadAllBytesAsync(Path.Combine(output.FullName, icon)));
            var committed = PngImage.Read(await File.ReadAllBytesAsync(Path.Combine(AddinManifestFolder.Root, icon)));

            Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
            Assert.Equal(drawn.Pixels, committed.Pixels);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
