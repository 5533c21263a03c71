namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>Definitions computed the slow, obvious way, to test the fast kernels against.</summary>
internal static class BruteForce
{
    /// <summary>Average precision by its definition: at each distinct threshold t, precision(t) times the recall gained.</summary>
    public static double AveragePrecision(double[] scores, byte[] positive)
    {
        var total = positive.Sum(p => (int)p);
        double ap = 0;
        double previousRecall = 0;
        foreach (var t in scores.Distinct().OrderByDescending(s => s))
        {
            var selected = scores.Select((s, i) => (s, i)).Where(x => x.s >= t).ToArray();
            var tp = selected.Count(x => positive[x.i] == 1);
            var recall = tp / (double)total;
            ap += (recall - previousRecall) * (tp / (double)selected.Length);
            previousRecall = recall;
        }

        return ap;
    }
}
