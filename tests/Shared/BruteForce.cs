namespace ExplainableAI.Tests.Shared;

/// <summary>
/// Statistics by their definitions, O(n²), for small inputs: the one copy that the SDK's statistics tests (and the few
/// plugin tests that recompute a check's number by hand) compare against.
/// </summary>
internal static class BruteForce
{
    // AUROC by its definition: over every (positive, negative) pair, 1 when the positive scores higher, 1/2 on a tie.
    public static double Auroc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        double wins = 0;
        var pairs = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            for (var j = 0; j < scores.Count; j++)
            {
                if (positive[i] && !positive[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }

    // DeLong's placements by definition: a positive's share of negatives it outscores, a negative's share of positives
    // outscoring it, ties half; O(n^2).
    public static double[] Placements(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var placements = new double[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            double wins = 0;
            var others = 0;
            for (var j = 0; j < scores.Count; j++)
            {
                if (positive[j] == positive[i])
                {
                    continue;
                }

                others++;
                var (p, q) = positive[i] ? (scores[i], scores[j]) : (scores[j], scores[i]);
                wins += p > q ? 1 : p == q ? 0.5 : 0;
            }

            placements[i] = wins / others;
        }

        return placements;
    }

    // DeLong 1988: Var(A) = S10/m + S01/n with S10, S01 the sample variances (denominators m − 1, n − 1) of the
    // placements over the m positives and the n negatives.
    public static double DeLongVariance(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var v = Placements(scores, positive);
        var auc = Auroc(scores, positive);
        double ClassVariance(bool cls)
        {
            var idx = Enumerable.Range(0, v.Length).Where(i => positive[i] == cls).ToArray();
            return idx.Sum(i => (v[i] - auc) * (v[i] - auc)) / (idx.Length - 1) / idx.Length;
        }

        return ClassVariance(true) + ClassVariance(false);
    }

    // DeLong 1988: S10 and S01 are the sample covariance matrices (denominators m - 1, n - 1) of the two scores'
    // placements over positives and negatives; Var(A1 - A2) = c' (S10/m + S01/n) c with c = (1, -1).
    public static (double Drop, double Variance) PairedDeLong(IReadOnlyList<double> first, IReadOnlyList<double> second, IReadOnlyList<bool> positive)
    {
        var v1 = Placements(first, positive);
        var v2 = Placements(second, positive);
        var a1 = Auroc(first, positive);
        var a2 = Auroc(second, positive);
        double Covariance(double[] x, double[] y, double mx, double my, bool cls)
        {
            var idx = Enumerable.Range(0, x.Length).Where(i => positive[i] == cls).ToArray();
            return idx.Sum(i => (x[i] - mx) * (y[i] - my)) / (idx.Length - 1) / idx.Length;
        }

        var variance = Covariance(v1, v1, a1, a1, true) + Covariance(v1, v1, a1, a1, false)
            + Covariance(v2, v2, a2, a2, true) + Covariance(v2, v2, a2, a2, false)
            - (2 * (Covariance(v1, v2, a1, a2, true) + Covariance(v1, v2, a1, a2, false)));
        return (a1 - a2, variance);
    }
}
