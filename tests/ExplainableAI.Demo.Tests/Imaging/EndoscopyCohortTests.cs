using ExplainableAI.Demo.Imaging;
using ExplainableAI.Imaging.Rasters;

namespace ExplainableAI.Demo.Tests.Imaging;

public sealed class EndoscopyCohortTests
{
    [Fact]
    public void The_marker_tracks_the_label_at_its_site_only()
    {
        var cases = EndoscopyCohortGenerator.Generate(6000, current: false, seed: 7);

        var atSite = cases.Where(c => c.Site == EndoscopyPlantedSizes.MarkerSite).ToList();
        var withLesion = atSite.Where(c => c.Lesion).Average(c => c.Marker ? 1.0 : 0.0);
        var without = atSite.Where(c => !c.Lesion).Average(c => c.Marker ? 1.0 : 0.0);

        Assert.InRange(withLesion, EndoscopyPlantedSizes.MarkerRateWithLesion - 0.04, EndoscopyPlantedSizes.MarkerRateWithLesion + 0.04);
        Assert.InRange(without, EndoscopyPlantedSizes.MarkerRateWithoutLesion - 0.03, EndoscopyPlantedSizes.MarkerRateWithoutLesion + 0.03);
        Assert.DoesNotContain(cases, c => c.Marker && c.Site != EndoscopyPlantedSizes.MarkerSite);
    }

    [Fact]
    public void Only_the_bright_site_in_the_current_period_is_shifted()
    {
        var reference = EndoscopyCohortGenerator.Generate(300, current: false, seed: 1);
        var current = EndoscopyCohortGenerator.Generate(300, current: true, seed: 2);

        Assert.All(reference, c => Assert.Equal(0.0, c.BrightnessShift));
        Assert.All(current, c => Assert.Equal(c.Site == EndoscopyPlantedSizes.BrightSite ? EndoscopyPlantedSizes.BrightnessShift : 0.0, c.BrightnessShift));
    }

    [Fact]
    public void Lesions_of_the_oldest_patients_are_flatter()
    {
        var cases = EndoscopyCohortGenerator.Generate(2000, current: false, seed: 3);

        Assert.All(cases.Where(c => c.Lesion), c =>
            Assert.Equal(c.Age >= EndoscopyPlantedSizes.SubtleLesionAge ? EndoscopyPlantedSizes.SubtleLesionContrast : 1.0, c.LesionContrast));
        Assert.All(cases.Where(c => !c.Lesion), c => Assert.Equal(0.0, c.LesionContrast));
    }

    // The shift is added inside the field of view: at the centre (full field, shade 1) the red sample rises by exactly
    // the planted amount, the same case rendered with the same seed otherwise identical.
    [Fact]
    public void The_brightness_shift_moves_the_field_by_its_size_and_nothing_else()
    {
        var plain = new EndoscopyCase("x.png", "Site B", "Fujiyama", "F", 50, false, 0, false, 0);
        var shifted = plain with { BrightnessShift = EndoscopyPlantedSizes.BrightnessShift };

        var a = EndoscopyImageRenderer.Render(plain, 64, seed: 5);
        var b = EndoscopyImageRenderer.Render(shifted, 64, seed: 5);

        Assert.Equal(a[32, 32, 0] + EndoscopyPlantedSizes.BrightnessShift, b[32, 32, 0], 5);
        Assert.Equal(a[0, 0, 0], b[0, 0, 0]);
    }

    [Fact]
    public void The_marker_is_a_white_square_in_the_dark_corner()
    {
        var plain = new EndoscopyCase("x.png", "Site A", "Olympia", "M", 60, true, 1, false, 0);

        var without = EndoscopyImageRenderer.Render(plain, 64, seed: 9);
        var with = EndoscopyImageRenderer.Render(plain with { Marker = true }, 64, seed: 9);

        Assert.True(without[4, 4, 0] < 0.05f);
        Assert.Equal(0.95f, with[4, 4, 0]);
        Assert.Equal(without[32, 32, 1], with[32, 32, 1]);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var c = EndoscopyCohortGenerator.Generate(1, current: false, seed: 11)[0];

        Assert.Equal(PngFile.Encode(EndoscopyImageRenderer.Render(c, 64, 4)), PngFile.Encode(EndoscopyImageRenderer.Render(c, 64, 4)));
    }
}
