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
}
