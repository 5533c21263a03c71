namespace ExplainableAI.Sdk;

/// <summary>The kinds of chart the report can draw as inline SVG.</summary>
public enum ChartKind
{
    /// <summary>Bars, one per category (<see cref="ChartSpec.Categories"/>), one value per series.</summary>
    Bar,

    /// <summary>Lines through (x, y) points.</summary>
    Line,

    /// <summary>Points at (x, y).</summary>
    Scatter,

    /// <summary>
    /// Point estimates with intervals, one row per category (<see cref="ChartSpec.Categories"/>, top to bottom): each
    /// series gives <see cref="ChartSeries.Y"/> (the estimate) and <see cref="ChartSeries.Lower"/>/<see cref="ChartSeries.Upper"/>
    /// (the interval) per category; <see cref="ChartSpec.ReferenceValue"/>, when set, is drawn as a dashed line
    /// (an overall value or a tolerance).
    /// </summary>
    DotWhisker,

    /// <summary>
    /// A SHAP-style summary: one row per category (a feature, top to bottom). Each point is one data row:
    /// <see cref="ChartSeries.X"/> is its value (an attribution), <see cref="ChartSeries.Y"/> the index of its category,
    /// and <see cref="ChartSeries.Color"/> the feature's value scaled to [0, 1] (low to high; NaN for missing).
    /// </summary>
    Beeswarm,

    /// <summary>
    /// How one output is built from a base value: one bar per category (a feature), starting where the previous ended.
    /// <see cref="ChartSpec.ReferenceValue"/> is the base value; the first series' <see cref="ChartSeries.Y"/> holds the
    /// contribution of each category, in drawing order.
    /// </summary>
    Waterfall,

    /// <summary>A step function through (x, y) points (x ascending), such as an empirical cumulative distribution.</summary>
    Step,
}
