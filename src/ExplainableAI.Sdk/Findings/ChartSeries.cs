namespace ExplainableAI.Sdk;

/// <summary>One series of a chart.</summary>
/// <param name="Name">Legend label.</param>
/// <param name="X">X values (for bar charts, ignored: bars follow <see cref="ChartSpec.Categories"/>).</param>
/// <param name="Y">Y values, as many as X (or as categories for bar charts).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>Lower ends of intervals, one per Y value (for <see cref="ChartKind.DotWhisker"/>, or error bars on other kinds); NaN for none.</summary>
    public IReadOnlyList<double>? Lower { get; init; }

    /// <summary>Upper ends of intervals, one per Y value; NaN for none.</summary>
    public IReadOnlyList<double>? Upper { get; init; }

    /// <summary>A colour value per point in [0, 1] (low to high), such as a feature's scaled value in a beeswarm; NaN draws grey.</summary>
    public IReadOnlyList<double>? Color { get; init; }
}
