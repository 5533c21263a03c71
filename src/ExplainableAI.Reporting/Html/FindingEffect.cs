using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// How far a finding's key number lies beyond its threshold, for ranking findings of equal severity: the relative
/// exceedance |value − threshold| / max(|value|, |threshold|), in [0, 1]. Metrics of different kinds are not otherwise
/// comparable; this keeps a zero threshold (any violation is one) from dwarfing every other finding.
/// </summary>
internal static class FindingEffect
{
    /// <summary>The metric that states the finding best: the first with a threshold, else the first.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The metric, or <see langword="null"/> when the finding has none.</returns>
    public static EvidenceMetric? KeyMetric(Finding finding)
    {
        var metrics = finding.Evidence.Metrics ?? [];
        return metrics.FirstOrDefault(m => m.Threshold is not null && double.IsFinite(m.Value)) ?? metrics.FirstOrDefault();
    }

    /// <summary>The relative exceedance of the key metric, or 0 without one.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>A number in [0, 1].</returns>
    public static double Of(Finding finding)
    {
        if (KeyMetric(finding) is not { Threshold: { } threshold } metric || !double.IsFinite(metric.Value) || !double.IsFinite(threshold))
        {
            return 0;
        }

        var scale = Math.Max(Math.Abs(metric.Value), Math.Abs(threshold));
        return scale == 0 ? 0 : Math.Abs(metric.Value - threshold) / scale;
    }
}
