using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// XAI1004: for each of the top-k drivers and each sensitive attribute of the registration, how well the driver predicts the
/// attribute (<see cref="ProxyStrength"/>, on every evaluation row); a strong predictor among the top drivers lets the model use
/// the attribute without being given it.
/// </summary>
internal static class ProxyDrivers
{
    public static void Analyze(CheckContext context, RuleDescriptor rule, ImportanceSummary summary, IAuditModel model)
    {
        var topK = Math.Min(context.OptionInteger(rule, GlobalImportanceCheck.TopKOption), summary.Ranking.Length);
        var threshold = context.Option(rule, GlobalImportanceCheck.MinProxyAurocOption);
        var minRows = Math.Max(1, context.OptionInteger(rule, GlobalImportanceCheck.MinGroupRowsOption));
        foreach (var cohorts in context.Cohorts.Attributes)
        {
            var attribute = cohorts.Name;
            for (var rank = 0; rank < topK; rank++)
            {
                var feature = model.Features[summary.Ranking[rank]];
                if (string.Equals(feature.Name, attribute, StringComparison.Ordinal)
                    || !context.Evaluation.TryGetColumn(feature.Name, out var featureColumn)
                    || ProxyStrength.Measure(featureColumn, feature.Kind == ColumnKind.Categorical, cohorts, minRows) is not { } strength)
                {
                    continue;
                }

                context.Measure("sensitive_proxy_auroc", strength.Auroc, subject: feature.Name + " vs " + attribute);
                if (strength.Auroc >= threshold)
                {
                    context.Report(
                        rule,
                        new FindingLocation(Column: feature.Name, Group: strength.Group),
                        new Evidence(
                            [
                                new EvidenceMetric("sensitive_proxy_auroc", strength.Auroc, Threshold: threshold),
                                new EvidenceMetric("mean_abs_attribution", summary.Mean[summary.Ranking[rank]]),
                            ],
                            [GroupTable(strength)]),
                        // The group ("sex=F") names the attribute too.
                        feature.Name, rank + 1, strength.Group, strength.Auroc, threshold);
                }
            }
        }
    }

    // Every group of the attribute, so the reviewer sees which groups the driver separates, named as in fairness and robustness.
    private static EvidenceTable GroupTable(ProxyStrength strength) => new(
        "Folded AUROC of the driver per group",
        ["group", "rows", "folded AUROC"],
        [.. strength.Groups.Select(g => (IReadOnlyList<string>)[g.Subject, g.Rows.ToString(CultureInfo.InvariantCulture), double.IsNaN(g.Auroc) ? "—" : NumberText.Format(g.Auroc)])]);
}
