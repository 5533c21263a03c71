using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// XAI1005: with Kernel SHAP each mean |φ| carries a sampling standard error; when the intervals mean ± 2·SE of two neighbours
/// in the top-k ranking (or of the k-th and the next, which decides who is in the top k) overlap, the ranking the report shows
/// is not determined by the data but by the coalition sample.
/// </summary>
internal static class KernelRanking
{
    /// <summary>Interval half-width in standard errors (≈ 95 % for a normal estimate).</summary>
    public const double Multiplier = 2;

    public static void Analyze(CheckContext context, RuleDescriptor rule, ImportanceSummary summary, IReadOnlyList<string> names)
    {
        if (summary.SamplingError is not { } se)
        {
            return;
        }

        var ranking = summary.Ranking;
        var topK = Math.Min(context.OptionInteger(rule, GlobalImportanceCheck.TopKOption), ranking.Length);
        var overlaps = new List<int>();
        for (var p = 0; p < Math.Min(topK, ranking.Length - 1); p++)
        {
            int a = ranking[p], b = ranking[p + 1];
            if (summary.Mean[a] - (Multiplier * se[a]) <= summary.Mean[b] + (Multiplier * se[b]))
            {
                overlaps.Add(p);
            }
        }

        context.Measure("kernel_rank_overlaps", overlaps.Count);
        if (overlaps.Count == 0)
        {
            return;
        }

        var shown = ranking.Take(Math.Min(topK + 1, ranking.Length)).ToArray();
        var chart = new ChartSpec(
            ChartKind.DotWhisker,
            "Mean |SHAP value| ± 2 kernel standard errors, top features",
            "mean |SHAP value|",
            "feature",
            [
                new ChartSeries("mean |SHAP value|", [.. shown.Select(f => summary.Mean[f])], [.. shown.Select(f => summary.Mean[f])])
                {
                    Lower = [.. shown.Select(f => summary.Mean[f] - (Multiplier * se[f]))],
                    Upper = [.. shown.Select(f => summary.Mean[f] + (Multiplier * se[f]))],
                },
            ],
            [.. shown.Select(f => names[f])]);
        var table = new EvidenceTable(
            "Neighbours in the ranking whose intervals overlap",
            ["rank", "feature", "mean |SHAP value| ± 2 SE", "next feature", "mean |SHAP value| ± 2 SE"],
            [.. overlaps.Select(p => (IReadOnlyList<string>)[
                (p + 1).ToString(CultureInfo.InvariantCulture),
                names[ranking[p]],
                Interval(summary.Mean[ranking[p]], se[ranking[p]]),
                names[ranking[p + 1]],
                Interval(summary.Mean[ranking[p + 1]], se[ranking[p + 1]])])]);
        var first = overlaps[0];
        int x = ranking[first], y = ranking[first + 1];
        context.Report(
            rule,
            new FindingLocation(Column: names[x]),
            new Evidence(
                [new EvidenceMetric("kernel_importance_se", se[x]), new EvidenceMetric("kernel_rank_overlaps", overlaps.Count)],
                [table],
                [chart]),
            // The pair's means ± 2 SE are the table's first row.
            names[x], names[y], first + 1, overlaps.Count, topK);
    }

    private static string Interval(double mean, double se) =>
        Phrase.Format("{0} ± {1}", NumberText.Format(mean), NumberText.Format(Multiplier * se));
}
