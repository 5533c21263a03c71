namespace ExplainableAI.Sdk;

/// <summary>What supports a finding: metrics, tables and charts.</summary>
/// <param name="Metrics">Named numbers with uncertainty and thresholds.</param>
/// <param name="Tables">Small tables.</param>
/// <param name="Charts">Charts, rendered as inline SVG.</param>
public sealed record Evidence(IReadOnlyList<EvidenceMetric>? Metrics = null, IReadOnlyList<EvidenceTable>? Tables = null, IReadOnlyList<ChartSpec>? Charts = null)
{
    /// <summary>No evidence beyond the message.</summary>
    public static Evidence None { get; } = new();

    /// <summary>Evidence made of metrics only.</summary>
    /// <param name="metrics">The metrics.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Of(params EvidenceMetric[] metrics) => new(Metrics: metrics);
}
