namespace ExplainableAI.Sdk;

/// <summary>One series of a chart.</summary>
/// <param name="Name">Legend label.</param>
/// <param name="X">X values (for bar charts, ignored: bars follow <see cref="ChartSpec.Categories"/>).</param>
/// <param name="Y">Y values, as many as X (or as categories for bar charts).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
