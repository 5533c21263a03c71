namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>Definitions computed the slow, obvious way, to test the fast kernels against.</summary>
internal static class BruteForce
{
    /// <summary>Mann–Whitney AUROC over all positive–negative pairs, ties half.</summary>
    public static double Auroc(double[] scores, byte[] positive)
    {
        double wins = 0;
        long pairs = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                if (positive[i] == 1 && positive[j] == 0)
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }

    /// <summary>DeLong's variance from placement values computed pair by pair (DeLong et al. 1988).</summary>
    public static double DeLongVariance(double[] scores, byte[] positive)
    {
        var pos = scores.Where((_, i) => positive[i] == 1).ToArray();
        var neg = scores.Where((_, i) => positive[i] == 0).ToArray();
        static double Psi(double x, double y) => x > y ? 1 : x == y ? 0.5 : 0;
        var v10 = pos.Select(x => neg.Average(y => Psi(x, y))).ToArray();
        var v01 = neg.Select(y => pos.Average(x => Psi(x, y))).ToArray();
        var auc = v10.Average();
        var s10 = v10.Sum(v => (v - auc) * (v - auc)) / (pos.Length - 1);
        var s01 = v01.Sum(v => (v - auc) * (v - auc)) / (neg.Length - 1);
        return (s10 / pos.Length) + (s01 / neg.Length);
    }

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
