using ExplainableAI.Plugins.Robustness;

namespace ExplainableAI.Benchmarks.Robustness;

/// <summary>
/// The multinomial paired bootstrap of an AUROC drop with both orders sorted once (a resample is a count per row): the
/// method the robustness checks used before DeLong, kept as the baseline of two benchmarks.
/// </summary>
internal static class SortedOnceBootstrap
{
    /// <summary>The sum of the drops over <paramref name="samples"/> seeded resamples (a sum, so nothing is optimised away).</summary>
    public static double SumOfDrops(double[] baseline, double[] perturbed, int[] rows, byte[] outcomes, int samples)
    {
        var random = new Random(42);
        var sortedBaseline = new SortedScores(baseline, rows);
        var sortedPerturbed = new SortedScores(perturbed, rows);
        var counts = new int[rows.Length];
        double sum = 0;
        for (var s = 0; s < samples; s++)
        {
            Array.Clear(counts);
            for (var i = 0; i < rows.Length; i++)
            {
                counts[rows[random.Next(rows.Length)]]++;
            }

            sum += sortedBaseline.Auroc(counts, outcomes) - sortedPerturbed.Auroc(counts, outcomes);
        }

        return sum;
    }
}
