using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// Computes every drift statistic of a column and decides drift with the configured or automatically chosen method.
/// </summary>
internal static class ColumnComparer
{
    // Evidently counts a column with at most this many distinct values as categorical.
    private const int MaxCategoricalDistinct = 5;

    /// <summary>Compares a column's reference and current samples.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="reference">The reference sample.</param>
    /// <param name="current">The current sample (same kind).</param>
    /// <param name="settings">Method and thresholds.</param>
    /// <param name="cancellationToken">Cancels the exact K-S p-value.</param>
    /// <returns>The statistics and the decision.</returns>
    public static ColumnDrift Compare(string name, ColumnSample reference, ColumnSample current, DriftSettings settings, CancellationToken cancellationToken = default)
    {
        var baseResult = new ColumnDrift
        {
            Column = name,
            ReferenceCount = reference.Count,
            CurrentCount = current.Count,
            MissingRateReference = reference.MissingRate,
            MissingRateCurrent = current.MissingRate,
            DistinctValues = 0,
        };
        if (reference.Count == 0 || current.Count == 0)
        {
            return baseResult;
        }

        var result = reference.Kind == ColumnKind.Numeric
            ? CompareNumeric(baseResult, reference.Sorted, current.Sorted, cancellationToken)
            : CompareCategories(baseResult, reference, current);
        return Decide(result, reference.Kind == ColumnKind.Numeric, settings);
    }

    private static ColumnDrift CompareNumeric(ColumnDrift result, double[] reference, double[] current, CancellationToken cancellationToken)
    {
        var ks = KolmogorovSmirnov.Test(reference, current, cancellationToken);
        var w = Wasserstein.Distance(reference, current);
        var std = Wasserstein.PopulationStandardDeviation(reference);
        var distinct = DistinctValues(reference, current, MaxCategoricalDistinct + 1, out var values);

        string[] bins;
        long[] rCounts, cCounts;
        if (distinct <= MaxCategoricalDistinct)
        {
            // Few distinct values: the values themselves are the categories.
            bins = [.. values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];
            rCounts = CountValues(reference, values);
            cCounts = CountValues(current, values);
        }
        else
        {
            var edges = Quantiles.InnerDecileEdges(reference);
            bins = BinLabels(edges);
            rCounts = Quantiles.CountInBins(reference, edges);
            cCounts = Quantiles.CountInBins(current, edges);
        }

        var chi = HomogeneityTests.ChiSquare(rCounts, cCounts);
        return result with
        {
            DistinctValues = distinct,
            KsStatistic = ks.Statistic,
            KsPValue = ks.PValue,
            Wasserstein = w,
            WassersteinNormed = Wasserstein.Normed(w, std),
            Psi = Divergence.Psi(rCounts, cCounts),
            JensenShannon = Divergence.JensenShannon(rCounts, cCounts),
            ChiSquareStatistic = chi.Statistic,
            ChiSquarePValue = chi.PValue,
            ZTestPValue = distinct == 2 ? HomogeneityTests.TwoProportionPValue(rCounts[0], reference.Length, cCounts[0], current.Length) : double.NaN,
            Bins = bins,
            ReferenceCounts = rCounts,
            CurrentCounts = cCounts,
        };
    }

    private static ColumnDrift CompareCategories(ColumnDrift result, ColumnSample reference, ColumnSample current)
    {
        // Categories in the reference's order, then those only the current data has; a category unseen in the
        // reference keeps its own bin (PSI clips its reference share to the floor) and is named in the finding.
        var categories = new List<string>();
        var newCategories = new List<string>();
        foreach (var level in reference.Order)
        {
            if (reference.Counts[level] > 0 || current.Counts.GetValueOrDefault(level) > 0)
            {
                categories.Add(level);
            }
        }

        foreach (var level in current.Order)
        {
            if (current.Counts[level] > 0 && reference.Counts.GetValueOrDefault(level) == 0)
            {
                newCategories.Add(level);
                if (!categories.Contains(level))
                {
                    categories.Add(level);
                }
            }
        }

        var rCounts = categories.Select(c => reference.Counts.GetValueOrDefault(c)).ToArray();
        var cCounts = categories.Select(c => current.Counts.GetValueOrDefault(c)).ToArray();
        var chi = HomogeneityTests.ChiSquare(rCounts, cCounts);
        return result with
        {
            DistinctValues = categories.Count,
            Psi = Divergence.Psi(rCounts, cCounts),
            JensenShannon = Divergence.JensenShannon(rCounts, cCounts),
            ChiSquareStatistic = chi.Statistic,
            ChiSquarePValue = chi.PValue,
            ZTestPValue = categories.Count == 2 ? HomogeneityTests.TwoProportionPValue(rCounts[0], reference.Count, cCounts[0], current.Count) : double.NaN,
            Bins = categories,
            ReferenceCounts = rCounts,
            CurrentCounts = cCounts,
            NewCategories = newCategories,
        };
    }

    // Evidently's default (u = distinct values of reference ∪ current): a small reference (≤ 1,000 values) takes K-S for
    // numeric columns with u > 5, else chi-square when u > 2, else the z-test; a larger reference takes the normed
    // Wasserstein distance for numeric columns with u > 5, else Jensen–Shannon.
    private static ColumnDrift Decide(ColumnDrift result, bool numeric, DriftSettings settings)
    {
        var continuous = numeric && result.DistinctValues > MaxCategoricalDistinct;
        var method = settings.Method;
        if (method == DriftMethod.Auto || !Applies(method, result, continuous))
        {
            method = result.ReferenceCount <= settings.SmallReferenceRows
                ? continuous ? DriftMethod.KolmogorovSmirnov : result.DistinctValues > 2 ? DriftMethod.ChiSquare : DriftMethod.ZTest
                : continuous ? DriftMethod.Wasserstein : DriftMethod.JensenShannon;
        }

        var (statistic, threshold) = method switch
        {
            DriftMethod.KolmogorovSmirnov => (result.KsPValue, settings.KsPValue),
            DriftMethod.Wasserstein => (result.WassersteinNormed, settings.WassersteinNormed),
            DriftMethod.Psi => (result.Psi, settings.Psi),
            DriftMethod.JensenShannon => (result.JensenShannon, settings.JensenShannon),
            DriftMethod.ChiSquare => (result.ChiSquarePValue, settings.ChiSquarePValue),
            _ => (double.IsNaN(result.ZTestPValue) ? 1.0 : result.ZTestPValue, settings.ZTestPValue),
        };
        var drifted = DriftMethods.IsTest(method) ? statistic < threshold : statistic >= threshold;
        return result with { Method = method, Statistic = statistic, Threshold = threshold, Drifted = drifted };
    }

    private static bool Applies(DriftMethod method, ColumnDrift result, bool continuous) => method switch
    {
        DriftMethod.KolmogorovSmirnov or DriftMethod.Wasserstein => !double.IsNaN(result.KsStatistic) && continuous,
        DriftMethod.ZTest => !double.IsNaN(result.ZTestPValue),
        _ => true,
    };

    // Distinct values of two sorted samples, counting up to `limit`; the values themselves when fewer.
    private static int DistinctValues(double[] first, double[] second, int limit, out List<double> values)
    {
        values = [];
        int i = 0, j = 0;
        while ((i < first.Length || j < second.Length) && values.Count < limit)
        {
            var v = i < first.Length && (j >= second.Length || first[i] <= second[j]) ? first[i] : second[j];
            values.Add(v);
            while (i < first.Length && first[i] == v)
            {
                i++;
            }

            while (j < second.Length && second[j] == v)
            {
                j++;
            }
        }

        return values.Count;
    }

    private static long[] CountValues(double[] sorted, List<double> values)
    {
        var counts = new long[values.Count];
        var k = 0;
        foreach (var v in sorted)
        {
            while (values[k] != v)
            {
                k++;
            }

            counts[k]++;
        }

        return counts;
    }

    private static string[] BinLabels(double[] edges)
    {
        var labels = new string[edges.Length + 1];
        for (var b = 0; b <= edges.Length; b++)
        {
            labels[b] = b == 0 ? $"≤ {Format(edges[0])}"
                : b == edges.Length ? $"> {Format(edges[^1])}"
                : $"({Format(edges[b - 1])}, {Format(edges[b])}]";
        }

        return labels;
    }

    private static string Format(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
