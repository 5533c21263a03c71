using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Demo.Imaging;

/// <summary>
/// Renders an endoscopy-like RGB image of a case: pink mucosa with smooth folds inside a round field of view on a black
/// surround, a darker red elliptical lesion when present, the site marker (a white square in the top-left corner,
/// outside the field) when planted, and the brightness shift inside the field. Seeded per case, so the same case and
/// seed render the same pixels.
/// </summary>
internal static class EndoscopyImageRenderer
{
    /// <summary>The marker's square: columns and rows 2 to 7.</summary>
    public const int MarkerStart = 2;

    /// <summary>The marker's side in pixels.</summary>
    public const int MarkerSize = 6;

    public static ImageRaster Render(EndoscopyCase c, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 32);
        var random = new Random(seed);

        // Folds: three low-frequency waves of random direction and phase.
        var waves = Enumerable.Range(0, 3).Select(_ => (
            Angle: random.NextDouble() * Math.PI,
            Frequency: (1.5 + (random.NextDouble() * 2.5)) * 2 * Math.PI / size,
            Phase: random.NextDouble() * 2 * Math.PI)).ToArray();
        var center = (size - 1) / 2.0;
        var fieldRadius = 0.46 * size;

        // The lesion sits well inside the field, so it never overlaps the marker's corner.
        var lesionAngle = random.NextDouble() * 2 * Math.PI;
        var lesionDistance = random.NextDouble() * 0.22 * size;
        var (lx, ly) = (center + (lesionDistance * Math.Cos(lesionAngle)), center + (lesionDistance * Math.Sin(lesionAngle)));
        var (ra, rb) = ((0.09 + (random.NextDouble() * 0.05)) * size, (0.07 + (random.NextDouble() * 0.04)) * size);

        var pixels = new float[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var distance = Math.Sqrt(((x - center) * (x - center)) + ((y - center) * (y - center)));
                var field = Math.Clamp((fieldRadius - distance) / 2.0, 0, 1);
                var fold = 0.0;
                foreach (var w in waves)
                {
                    fold += Math.Sin((w.Frequency * ((x * Math.Cos(w.Angle)) + (y * Math.Sin(w.Angle)))) + w.Phase);
                }

                fold /= 3.0;
                var grain = 0.015 * (random.NextDouble() - 0.5);
                double r = 0.78 + (0.06 * fold) + grain, g = 0.46 + (0.05 * fold) + grain, b = 0.42 + (0.04 * fold) + grain;
                if (c.Lesion)
                {
                    var e = (((x - lx) * (x - lx)) / (ra * ra)) + (((y - ly) * (y - ly)) / (rb * rb));
                    var strength = c.LesionContrast * Math.Exp(-2.0 * e * e);
                    (r, g, b) = (r - (0.06 * strength), g - (0.20 * strength), b - (0.16 * strength));
                }

                var shade = 1.0 - (0.25 * distance / fieldRadius);
                var offset = ((y * size) + x) * 3;
                pixels[offset] = Sample((field * ((r * shade) + c.BrightnessShift)) + ((1 - field) * 0.02));
                pixels[offset + 1] = Sample((field * ((g * shade) + c.BrightnessShift)) + ((1 - field) * 0.02));
                pixels[offset + 2] = Sample((field * ((b * shade) + c.BrightnessShift)) + ((1 - field) * 0.02));
            }
        }

        if (c.Marker)
        {
            for (var y = MarkerStart; y < MarkerStart + MarkerSize; y++)
            {
                for (var x = MarkerStart; x < MarkerStart + MarkerSize; x++)
                {
                    pixels.AsSpan(((y * size) + x) * 3, 3).Fill(0.95f);
                }
            }
        }

        return new ImageRaster(size, size, 3, pixels);
    }

    private static float Sample(double value) => (float)Math.Clamp(value, 0, 1);
}
