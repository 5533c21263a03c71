namespace ExplainableAI.Reporting.Charts;

/// <summary>The words a chart draws itself (legends and markers), in the report's language; every one is escaped when drawn.</summary>
/// <param name="FeatureValue">Caption of a beeswarm's colour legend.</param>
/// <param name="Low">Low end of the colour legend.</param>
/// <param name="High">High end of the colour legend.</param>
/// <param name="Base">Marker of a waterfall's base value.</param>
/// <param name="Output">Marker of a waterfall's final value.</param>
/// <param name="Reference">Tooltip of a dashed reference line.</param>
internal sealed record ChartLabels(string FeatureValue, string Low, string High, string Base, string Output, string Reference)
{
    /// <summary>The English words, used when the report's strings do not give others.</summary>
    public static ChartLabels English { get; } = new("Feature value", "low", "high", "base", "output", "reference");
}
