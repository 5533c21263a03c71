namespace ExplainableAI.Plugins.Performance;

/// <summary>ROC and precision–recall curves as points for charts, thinned to a bounded number of thresholds.</summary>
internal static class Curves
{
    /// <summary>The most points a curve keeps (the report draws SVG; more points add bytes, not information).</summary>
    public const int MaxPoints = 201;

    /// <summary>ROC points (FPR, TPR) from the strictest threshold down, starting at (0, 0) and ending at (1, 1).</summary>
    /// <param name="sortedScores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>False-positive rates and true-positive rates.</returns>
    public static (double[] Fpr, double[] Tpr) Roc(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        var (tps, fps) = Cumulative(sortedScores, positive);
        var p = Math.Max(tps[^1], 1);
        var n = Math.Max(fps[^1], 1);
        var keep = Thin(tps.Length);
        return ([.. keep.Select(i => fps[i] / (double)n)], [.. keep.Select(i => tps[i] / (double)p)]);
    }

    /// <summary>Precision–recall points (recall, precision) from the strictest threshold down.</summary>
    /// <param name="sortedScores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>Recalls and precisions (the point before any selection is left out: its precision is undefined).</returns>
    public static (double[] Recall, double[] Precision) PrecisionRecall(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        var (tps, fps) = Cumulative(sortedScores, positive);
        var p = Math.Max(tps[^1], 1);
        var keep = Thin(tps.Length).Where(i => i > 0).ToArray();
        return ([.. keep.Select(i => tps[i] / (double)p)], [.. keep.Select(i => tps[i] / (double)(tps[i] + fps[i]))]);
    }

    // Cumulative true and false positives after each distinct threshold, highest first; index 0 is "nothing selected".
    private static (long[] Tps, long[] Fps) Cumulative(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        var tps = new List<long> { 0 };
        var fps = new List<long> { 0 };
        long tp = 0;
        long fp = 0;
        for (var end = sortedScores.Length; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && sortedScores[start - 1] == sortedScores[end - 1])
            {
                start--;
            }

            for (var i = start; i < end; i++)
            {
                tp += positive[i];
            }

            fp += end - start - (tp - tps[^1]);
            tps.Add(tp);
            fps.Add(fp);
            end = start;
        }

        return ([.. tps], [.. fps]);
    }

    private static int[] Thin(int count)
    {
        if (count <= MaxPoints)
        {
            return [.. Enumerable.Range(0, count)];
        }

        return [.. Enumerable.Range(0, MaxPoints).Select(k => (int)Math.Round(k * (count - 1.0) / (MaxPoints - 1))).Distinct()];
    }
}
