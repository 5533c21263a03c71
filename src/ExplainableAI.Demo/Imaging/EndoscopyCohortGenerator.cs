namespace ExplainableAI.Demo.Imaging;

/// <summary>
/// Draws the cases of the imaging demo: three sites with their endoscope vendors, patients' sex and age, lesions at
/// <see cref="EndoscopyPlantedSizes.Prevalence"/>, and the planted problems — a marker at one site that tracks the
/// label, a brightness shift at another site in the current period, flatter lesions in the oldest patients.
/// </summary>
internal static class EndoscopyCohortGenerator
{
    private static readonly (string Site, string Vendor)[] Sites = [("Site A", "Olympia"), ("Site B", "Fujiyama"), ("Site C", "Olympia")];

    /// <summary>The cases of one period; <paramref name="current"/> applies the brightness shift.</summary>
    public static IReadOnlyList<EndoscopyCase> Generate(int count, bool current, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var cases = new List<EndoscopyCase>(count);
        for (var i = 0; i < count; i++)
        {
            var (site, vendor) = Sites[random.Next(Sites.Length)];
            var sex = random.NextDouble() < 0.5 ? "F" : "M";
            var age = 30 + random.Next(61);
            var lesion = random.NextDouble() < EndoscopyPlantedSizes.Prevalence;
            var contrast = !lesion ? 0.0 : age >= EndoscopyPlantedSizes.SubtleLesionAge ? EndoscopyPlantedSizes.SubtleLesionContrast : 1.0;
            var markerRate = lesion ? EndoscopyPlantedSizes.MarkerRateWithLesion : EndoscopyPlantedSizes.MarkerRateWithoutLesion;
            var marker = site == EndoscopyPlantedSizes.MarkerSite && random.NextDouble() < markerRate;
            var shift = current && site == EndoscopyPlantedSizes.BrightSite ? EndoscopyPlantedSizes.BrightnessShift : 0.0;
            var file = $"{(current ? "cur" : "ref")}_{i:D5}.png";
            cases.Add(new EndoscopyCase(file, site, vendor, sex, age, lesion, contrast, marker, shift));
        }

        return cases;
    }
}
