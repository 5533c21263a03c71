namespace ExplainableAI.Plugins.Drift.Tests;

/// <summary>Seeded normal samples for check tests (Box–Muller, so values repeat on every platform).</summary>
internal static class Samples
{
    public static double[] Normal(int count, double mean, double sd, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            values[i] = mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return values;
    }
}
