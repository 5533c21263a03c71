namespace ExplainableAI.Reporting.Charts;

/// <summary>The words a chart draws itself (legends and markers), in the report's language; every one is escaped when drawn.</summary>
/// <param name="FeatureValue">Caption of a beeswarm's colour bar when the chart names no <see cref="Sdk.ChartSpec.ColorLabel"/>.</param>
/// <param name="Low">Low end of the colour bar.</param>
/// <param name="High">High end of the colour bar.</param>
/// <param name="Base">Marker of a waterfall's base value.</param>
/// <param name="Output">Marker of a waterfall's final value.</param>
/// <param name="Reference">Tooltip of a dashed reference line.</param>
internal sealed record ChartLabels(string FeatureValue, string Low, string High, string Base, string Output, string Reference)
{
    /// <summary>The English words, used when the report's strings do not give others.</summary>
    public static ChartLabels English { get; } = new("Feature value", "low", "high", "base", "output", "reference");

    /// <summary>Legend entry of grey points, whose colour value is missing.</summary>
    public string Missing { get; init; } = "missing";

    /// <summary>Tooltip of an estimate whose interval has no width (lower = upper), drawn hollow instead of with a whisker.</summary>
    public string IntervalCollapsed { get; init; } = "interval collapsed";
}
