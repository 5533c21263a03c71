namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// DeLong's nonparametric statistics of the area under the ROC curve (DeLong, DeLong &amp; Clarke-Pearson, Biometrics
/// 1988): each row's placement value (structural component) and the covariance of two AUROCs over the same rows, from
/// which the variance of one AUROC or of the difference of two paired AUROCs follows. The placements come from one pass
/// over the rows in ascending order of score (Sun &amp; Xu, IEEE Signal Processing Letters 2014: with midranks, a
/// positive's placement is its midrank among all rows minus its midrank among the positives, over the negatives), so
/// the cost is the sort: O(n log n), and O(n) when the order is known.
/// </summary>
public static class DeLong
{
    /// <summary>The AUROC and its 95 % DeLong interval (normal approximation, clipped to [0, 1]) from scores sorted once: O(n).</summary>
    /// <param name="sortedScores">Scores in ascending order, none NaN.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <returns>The estimate; NaN when a class is absent; NaN variance and bounds when a class has fewer than two rows.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static AurocEstimate Estimate(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        if (positive.Length != sortedScores.Length)
        {
            throw new ArgumentException("Scores and labels must have one entry per row.", nameof(positive));
        }

        long m = 0;
        foreach (var y in positive)
        {
            m += y;
        }

        long n = positive.Length - m;
        if (m == 0 || n == 0)
        {
            return new AurocEstimate(double.NaN, double.NaN, double.NaN, double.NaN, m, n);
        }

        var ascending = new int[sortedScores.Length];
        for (var i = 0; i < ascending.Length; i++)
        {
            ascending[i] = i;
        }

        var placements = new double[sortedScores.Length];
        var auc = Placements(sortedScores, positive, ascending, placements);
        if (m < 2 || n < 2)
        {
            return new AurocEstimate(auc, double.NaN, double.NaN, double.NaN, m, n);
        }

        var variance = Covariance(placements, placements, positive, auc, auc);
        var half = Interval.Z95 * Math.Sqrt(variance);
        return new AurocEstimate(auc, variance, Math.Max(0, auc - half), Math.Min(1, auc + half), m, n);
    }

    /// <summary>
    /// Writes each row's placement value and returns the AUROC (the Mann–Whitney statistic, ties count half). For a
    /// positive row the placement is the share of negatives it outscores (ties half), V10; for a negative row the share
    /// of positives that outscore it (ties half), V01. Both average to the AUROC.
    /// </summary>
    /// <param name="scores">One finite score per row.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <param name="ascending">Every row index once, in ascending order of score (tied rows in any order).</param>
    /// <param name="placements">Receives each row's placement value, by row index.</param>
    /// <returns>The AUROC, or NaN without positives or negatives.</returns>
    /// <exception cref="ArgumentException">The spans do not all have one entry per row.</exception>
    public static double Placements(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive, ReadOnlySpan<int> ascending, Span<double> placements)
    {
        if (positive.Length != scores.Length || ascending.Length != scores.Length || placements.Length != scores.Length)
        {
            throw new ArgumentException("Scores, labels, order and placements must have one entry per row.", nameof(placements));
        }

        long m = 0;
        foreach (var y in positive)
        {
            m += y;
        }

        long n = positive.Length - m;
        if (m == 0 || n == 0)
        {
            placements.Fill(double.NaN);
            return double.NaN;
        }

        // One pass over runs of tied scores: every positive of a run has the same placement, and so does every negative.
        double wins = 0;
        long negativesBelow = 0;
        long positivesBelow = 0;
        for (var start = 0; start < ascending.Length;)
        {
            var value = scores[ascending[start]];
            var end = start;
            long p = 0;
            for (; end < ascending.Length && scores[ascending[end]] == value; end++)
            {
                p += positive[ascending[end]];
            }

            long q = end - start - p;
            var v10 = (negativesBelow + (0.5 * q)) / n;
            var v01 = (m - positivesBelow - p + (0.5 * p)) / m;
            for (var i = start; i < end; i++)
            {
                var row = ascending[i];
                placements[row] = positive[row] != 0 ? v10 : v01;
            }

            // Whole and half counts are exact in a double, so the AUROC is exactly the Mann–Whitney count over m·n.
            wins += p * (negativesBelow + (0.5 * q));
            negativesBelow += q;
            positivesBelow += p;
            start = end;
        }

        return wins / ((double)m * n);
    }

    /// <summary>
    /// DeLong's covariance of two AUROCs computed on the same rows: S10/m + S01/n, where S10 is the sample covariance
    /// (denominator m − 1) of the two placements over the m positives and S01 that over the n negatives. With the same
    /// placements twice it is the variance of one AUROC.
    /// </summary>
    /// <param name="first">The first score's placements (<see cref="Placements"/>).</param>
    /// <param name="second">The second score's placements, same rows.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <param name="firstAuroc">The first AUROC (the mean of its placements).</param>
    /// <param name="secondAuroc">The second AUROC.</param>
    /// <returns>The covariance, or NaN when a class has fewer than two rows.</returns>
    /// <exception cref="ArgumentException">The spans do not all have one entry per row.</exception>
    public static double Covariance(ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<byte> positive, double firstAuroc, double secondAuroc)
    {
        // Deviations from the known means, not from running sums, so there is no catastrophic cancellation.
        return ClassMoments(first, second, positive, firstAuroc, secondAuroc, difference: false);
    }

    /// <summary>
    /// The variance of the difference of two paired AUROCs (the same rows scored twice; DeLong 1988, the contrast
    /// (1, −1)): Var(A₁) + Var(A₂) − 2 Cov(A₁, A₂). Never negative; exactly 0 when the placements agree on every row.
    /// </summary>
    /// <param name="first">The first score's placements.</param>
    /// <param name="second">The second score's placements, same rows.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <param name="firstAuroc">The first AUROC.</param>
    /// <param name="secondAuroc">The second AUROC.</param>
    /// <returns>The variance, or NaN when a class has fewer than two rows.</returns>
    /// <exception cref="ArgumentException">The spans do not all have one entry per row.</exception>
    public static double DifferenceVariance(ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<byte> positive, double firstAuroc, double secondAuroc)
    {
        // The variance of the per-row difference of placements equals the contrast's variance and cannot go negative
        // by rounding, as the sum of the three terms can.
        return ClassMoments(first, second, positive, firstAuroc, secondAuroc, difference: true);
    }

    // S10/m + S01/n of either the cross products of the deviations or the squared deviation of the difference.
    private static double ClassMoments(ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<byte> positive, double firstMean, double secondMean, bool difference)
    {
        if (second.Length != first.Length || positive.Length != first.Length)
        {
            throw new ArgumentException("Both placements and the labels must have one entry per row.", nameof(second));
        }

        double s10 = 0;
        double s01 = 0;
        long m = 0;
        for (var r = 0; r < first.Length; r++)
        {
            var d1 = first[r] - firstMean;
            var d2 = second[r] - secondMean;
            var term = difference ? (d1 - d2) * (d1 - d2) : d1 * d2;
            if (positive[r] != 0)
            {
                s10 += term;
                m++;
            }
            else
            {
                s01 += term;
            }
        }

        long n = first.Length - m;
        return m < 2 || n < 2 ? double.NaN : (s10 / (m - 1) / m) + (s01 / (n - 1) / n);
    }
}
