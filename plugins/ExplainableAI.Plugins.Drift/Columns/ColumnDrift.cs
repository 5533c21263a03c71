using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// Every drift statistic of one column, reference versus current, and the decision of the chosen method.
/// A statistic that does not apply (K-S of a categorical column) is NaN.
/// </summary>
internal sealed record ColumnDrift
{
    /// <summary>The column (or <c>prediction</c>, or the label).</summary>
    public required string Column { get; init; }

    /// <summary>Non-missing reference values.</summary>
    public required int ReferenceCount { get; init; }

    /// <summary>Non-missing current values.</summary>
    public required int CurrentCount { get; init; }

    /// <summary>Missing share in the reference.</summary>
    public required double MissingRateReference { get; init; }

    /// <summary>Missing share in the current data.</summary>
    public required double MissingRateCurrent { get; init; }

    /// <summary>Distinct non-missing values of reference ∪ current.</summary>
    public required int DistinctValues { get; init; }

    /// <summary>K-S statistic D.</summary>
    public double KsStatistic { get; init; } = double.NaN;

    /// <summary>K-S two-sided p-value.</summary>
    public double KsPValue { get; init; } = double.NaN;

    /// <summary>Wasserstein-1 distance.</summary>
    public double Wasserstein { get; init; } = double.NaN;

    /// <summary>Wasserstein-1 over max(reference population std, 0.001).</summary>
    public double WassersteinNormed { get; init; } = double.NaN;

    /// <summary>PSI over the bins or categories.</summary>
    public double Psi { get; init; } = double.NaN;

    /// <summary>Jensen–Shannon distance over the bins or categories.</summary>
    public double JensenShannon { get; init; } = double.NaN;

    /// <summary>Chi-square statistic over the bins or categories.</summary>
    public double ChiSquareStatistic { get; init; } = double.NaN;

    /// <summary>Chi-square p-value.</summary>
    public double ChiSquarePValue { get; init; } = double.NaN;

    /// <summary>Two-proportion z-test p-value (two categories only).</summary>
    public double ZTestPValue { get; init; } = double.NaN;

    /// <summary>The deciding method (never Auto); <see cref="DriftMethod.Auto"/> when nothing could be compared.</summary>
    public DriftMethod Method { get; init; }

    /// <summary>The deciding statistic's value.</summary>
    public double Statistic { get; init; } = double.NaN;

    /// <summary>The threshold it was compared with.</summary>
    public double Threshold { get; init; } = double.NaN;

    /// <summary>Whether the column drifted.</summary>
    public bool Drifted { get; init; }

    /// <summary>Bin or category labels of the histograms.</summary>
    public IReadOnlyList<string> Bins { get; init; } = [];

    /// <summary>Reference counts per bin.</summary>
    public IReadOnlyList<long> ReferenceCounts { get; init; } = [];

    /// <summary>Current counts per bin.</summary>
    public IReadOnlyList<long> CurrentCounts { get; init; } = [];

    /// <summary>Categories present in the current data and absent from the reference.</summary>
    public IReadOnlyList<string> NewCategories { get; init; } = [];

    /// <summary>The method the registration or the options asked for (<see cref="DriftMethod.Auto"/> for none).</summary>
    public DriftMethod RequestedMethod { get; init; }

    /// <summary>Whether <see cref="RequestedMethod"/> was declared for this column itself (manifest <c>data.features</c>).</summary>
    public bool RequestedForColumn { get; init; }

    /// <summary>Whether a requested method did not fit the column, so the automatic choice decided instead.</summary>
    public bool RequestNotApplicable => RequestedMethod != DriftMethod.Auto && Compared && RequestedMethod != Method;

    /// <summary>How far past its threshold the deciding statistic is (<see cref="DriftMethods.Strength"/>); NaN when not compared.</summary>
    public double Strength => Compared ? DriftMethods.Strength(Method, Statistic, Threshold) : double.NaN;

    /// <summary>ECDF points of the reference's non-missing values (numeric columns), at most 200.</summary>
    public EcdfPoints ReferenceEcdf { get; init; } = EcdfPoints.Empty;

    /// <summary>ECDF points of the current non-missing values (numeric columns), at most 200.</summary>
    public EcdfPoints CurrentEcdf { get; init; } = EcdfPoints.Empty;

    /// <summary>Whether both datasets had values to compare.</summary>
    public bool Compared => Method != DriftMethod.Auto;
}
