using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// Computes every drift statistic of a column and decides drift with the configured or automatically chosen method.
/// </summary>
internal static class ColumnComparer
{
    /// <summary>Evidently counts a column with at most this many distinct values as categorical.</summary>
    public const int MaxCategoricalDistinct = 5;

    /// <summary>The most ECDF points kept per sample for the report's step charts.</summary>
    public const int EcdfPointsPerSeries = 200;

    /// <summary>Compares a column of two datasets, optionally restricted to some rows of each.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="reference">The reference column.</param>
    /// <param name="current">The current column (same kind).</param>
    /// <param name="settings">Method and thresholds.</param>
    /// <param name="cancellationToken">Cancels the exact K-S p-value.</param>
    /// <param name="referenceRows">The reference rows to use, or <see langword="null"/> for all.</param>
    /// <param name="currentRows">The current rows to use, or <see langword="null"/> for all.</param>
    /// <returns>The statistics and the decision.</returns>
    public static ColumnDrift Compare(
        string name,
        DataColumn reference,
        DataColumn current,
        DriftSettings settings,
        CancellationToken cancellationToken = default,
        IReadOnlyList<int>? referenceRows = null,
        IReadOnlyList<int>? currentRows = null)
    {
        using var r = ColumnSample.From(reference, referenceRows);
        using var c = ColumnSample.From(current, currentRows);
        return Compare(name, r, c, settings, cancellationToken);
    }

    /// <summary>Compares a column's reference and current samples.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="reference">The reference sample.</param>
    /// <param name="current">The current sample (same kind).</param>
    /// <param name="settings">Method and thresholds.</param>
    /// <param name="cancellationToken">Cancels the exact K-S p-value.</param>
    /// <returns>The statistics and the decision.</returns>
    public static ColumnDrift Compare(string name, ColumnSample reference, ColumnSample current, DriftSettings settings, CancellationToken cancellationToken = default)
    {
        var (requested, forColumn) = settings.MethodFor(name);
        var baseResult = new ColumnDrift
        {
            Column = name,
            ReferenceCount = reference.Count,
            CurrentCount = current.Count,
            MissingRateReference = reference.MissingRate,
            MissingRateCurrent = current.MissingRate,
            DistinctValues = 0,
            RequestedMethod = requested,
            RequestedForColumn = forColumn,
        };
        if (reference.Count == 0 || current.Count == 0)
        {
            return baseResult;
        }

        var result = reference.Kind == ColumnKind.Numeric
            ? CompareNumeric(baseResult, reference.Sorted, current.Sorted, cancellationToken)
            : CompareCategories(baseResult, reference, current);
        return Decide(result, settings);
    }

    private static ColumnDrift CompareNumeric(ColumnDrift result, ReadOnlySpan<double> reference, ReadOnlySpan<double> current, CancellationToken cancellationToken)
    {
        // One merge of the two sorted samples gives D, W₁ and the distinct values; the p-value needs only D and the sizes.
        var merged = SortedComparison.Of(reference, current, MaxCategoricalDistinct);
        var ks = KolmogorovSmirnov.Test(reference.Length, current.Length, merged.KsStatistic, cancellationToken);
        var std = Wasserstein.PopulationStandardDeviation(reference);
        var distinct = merged.DistinctValues;

        IReadOnlyList<string> bins;
        long[] rCounts, cCounts;
        if (distinct <= MaxCategoricalDistinct)
        {
            // Few distinct values: the values themselves are the categories.
            var values = merged.FirstValues;
            bins = [.. values.Select(NumberText.Exact)];
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
            Wasserstein = merged.Wasserstein,
            WassersteinNormed = Wasserstein.Normed(merged.Wasserstein, std),
            Psi = Divergence.Psi(rCounts, cCounts),
            JensenShannon = Divergence.JensenShannon(rCounts, cCounts),
            ChiSquareStatistic = chi.Statistic,
            ChiSquarePValue = chi.PValue,
            ZTestPValue = distinct == 2 ? HomogeneityTests.TwoProportionPValue(rCounts[0], reference.Length, cCounts[0], current.Length) : double.NaN,
            Bins = bins,
            ReferenceCounts = rCounts,
            CurrentCounts = cCounts,
            ReferenceEcdf = EcdfPoints.Of(reference, EcdfPointsPerSeries),
            CurrentEcdf = EcdfPoints.Of(current, EcdfPointsPerSeries),
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
    // Wasserstein distance for numeric columns with u > 5, else Jensen–Shannon. A requested method that does not fit the
    // column falls back to this choice (the column check reports it when the method was declared for the column).
    private static ColumnDrift Decide(ColumnDrift result, DriftSettings settings)
    {
        var numeric = !double.IsNaN(result.KsStatistic);
        var continuous = numeric && result.DistinctValues > MaxCategoricalDistinct;
        var method = result.RequestedMethod;
        if (method == DriftMethod.Auto || !Fits(method, result))
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
        return result with { Method = method, Statistic = statistic, Threshold = threshold, Drifted = DriftMethods.Drifted(method, statistic, threshold) };
    }

    /// <summary>
    /// Whether a method fits a compared column: K-S and Wasserstein need a numeric column, the z-test exactly two
    /// distinct values; PSI, Jensen–Shannon and chi-square fit every column (numeric ones on the decile bins).
    /// </summary>
    public static bool Fits(DriftMethod method, ColumnDrift result) => method switch
    {
        DriftMethod.KolmogorovSmirnov or DriftMethod.Wasserstein => !double.IsNaN(result.KsStatistic),
        DriftMethod.ZTest => !double.IsNaN(result.ZTestPValue),
        _ => true,
    };

    private static long[] CountValues(ReadOnlySpan<double> sorted, IReadOnlyList<double> values)
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

    // Four significant digits tell neighbouring deciles apart; never E notation, a real minus sign.
    private static string Format(double v) => NumberText.Significant(v, 4);
}
