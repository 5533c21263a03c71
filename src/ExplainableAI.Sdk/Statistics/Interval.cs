namespace ExplainableAI.Sdk.Statistics;

/// <summary>A point estimate with a two-sided confidence interval; NaN bounds when no interval could be computed.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct Interval(double Value, double Lower, double Upper)
{
    /// <summary>The 97.5th percentile of the standard normal distribution, for two-sided 95 % intervals.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Whether both bounds are numbers.</summary>
    public bool HasBounds => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    /// <summary>
    /// Whether the interval collapsed to one point: every bootstrap resample (or the asymptotic variance) gave the same
    /// value, as for an AUROC of 1 or the most-favoured group's disparate impact. Such an interval claims a certainty the
    /// data do not give, so it should not be published; proportions get Wilson intervals instead, which never collapse.
    /// </summary>
    public bool IsDegenerate => HasBounds && Lower == Upper;

    /// <summary>The interval as published: without bounds when it is degenerate.</summary>
    public Interval Published => IsDegenerate ? PointOnly(Value) : this;

    /// <summary>The lower bound, or <see langword="null"/> when absent (for measurements).</summary>
    public double? LowerOrNull => double.IsNaN(Lower) ? null : Lower;

    /// <summary>The upper bound, or <see langword="null"/> when absent (for measurements).</summary>
    public double? UpperOrNull => double.IsNaN(Upper) ? null : Upper;

    /// <summary>An estimate without an interval.</summary>
    /// <param name="value">The estimate.</param>
    /// <returns>The estimate with NaN bounds.</returns>
    public static Interval PointOnly(double value) => new(value, double.NaN, double.NaN);
}
