using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Drift.Multivariate;

/// <summary>
/// Multivariate drift: a classifier trained to tell current rows from reference rows. If it cannot (AUROC near 0.5) the
/// joint distribution has not moved in a way it can see; if it can, the features it leans on are the ones that moved.
/// </summary>
[AuditCheck]
public sealed class DomainClassifierCheck : AuditCheck
{
    /// <summary>The option that sets the AUROC at which the joint distribution counts as drifted.</summary>
    public const string MaxAurocOption = "max_auroc";

    /// <summary>The option that sets how many rows of each dataset the classifier uses.</summary>
    public const string MaxRowsOption = "max_rows";

    private const int Folds = 5;
    private const int NamedFeatures = 3;

    /// <summary>XAI3007: the domain classifier separates current from reference rows.</summary>
    public static readonly RuleDescriptor Rule = new(
        DriftRuleIds.MultivariateDrift,
        "Joint distribution drifted (domain classifier)",
        "A classifier tells current from reference rows with AUROC {0:0.000} [{1:0.000}, {2:0.000}] (95 % CI), at or above {3:0.00}; driven most by {4}",
        CheckFamily.Drift,
        Severity.Warning,
        "Trains a ridge logistic regression to tell current rows from reference rows (up to max_rows of each, sampled with the "
        + "audit's seed; numeric columns standardised with missing indicators, categories one-hot) and measures its 5-fold "
        + "cross-validated AUROC with a Hanley-McNeil 95 % interval. Reported when the AUROC is at least max_auroc and the "
        + "interval excludes 0.5. The columns with the largest standardised weights of a fit on all sampled rows are named. "
        + "It sees shifts of location and of combinations of columns that no single-column test sees; it does not see changes of spread.",
        ["EU-AIA-ART72-2", "EU-AIA-ART15-1", "JP-MLQM-OPS-MAINTAINABILITY", "GMLP-P10"],
        [
            new RuleOption(MaxAurocOption, 0.55, "Cross-validated AUROC at or above which the joint distribution counts as drifted (with the 95 % interval above 0.5). Default 0.55."),
            RuleOption.Integer(MaxRowsOption, 5000, "Rows sampled from each dataset for the classifier. Default 5000."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Reference;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = ColumnPair.Find(context);
        var maxRows = context.OptionInteger(Rule, MaxRowsOption);
        var referenceRows = Sample(context.Reference!.RowCount, maxRows, context.Random);
        var currentRows = Sample(context.Evaluation.RowCount, maxRows, context.Random);
        if (pairs.Count == 0 || referenceRows.Length < Folds || currentRows.Length < Folds)
        {
            return ValueTask.CompletedTask;
        }

        var design = DomainFeatures.Build(pairs, referenceRows, currentRows);
        if (design.Width == 0)
        {
            return ValueTask.CompletedTask;
        }

        // Stratified folds: shuffle each class with the seeded random source and deal rows round-robin.
        var fold = new int[design.Rows];
        foreach (var isCurrent in new[] { false, true })
        {
            var members = Enumerable.Range(0, design.Rows).Where(i => design.IsCurrent[i] == isCurrent).ToArray();
            context.Random.Shuffle(members);
            for (var k = 0; k < members.Length; k++)
            {
                fold[members[k]] = k % Folds;
            }
        }

        var scores = new double[design.Rows];
        for (var f = 0; f < Folds; f++)
        {
            var train = Enumerable.Range(0, design.Rows).Where(i => fold[i] != f).ToArray();
            var model = LogisticRegression.Fit(design.Values, design.Width, design.IsCurrent, train, cancellationToken);
            for (var i = 0; i < design.Rows; i++)
            {
                if (fold[i] == f)
                {
                    scores[i] = model.Score(design.Values, design.Width, i);
                }
            }

            context.ReportProgress((f + 1.0) / (Folds + 1));
        }

        var auroc = Auroc.Of(scores, design.IsCurrent);
        var (lower, upper) = Auroc.HanleyMcNeilInterval(auroc, currentRows.Length, referenceRows.Length);
        context.Measure("domain_classifier_auroc", auroc, lower: lower, upper: upper);
        var threshold = context.Option(Rule, MaxAurocOption);
        if (auroc >= threshold && lower > 0.5)
        {
            var full = LogisticRegression.Fit(design.Values, design.Width, design.IsCurrent, Enumerable.Range(0, design.Rows).ToArray(), cancellationToken);
            var importance = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < design.Width; f++)
            {
                var source = design.SourceColumns[f];
                importance[source] = Math.Max(importance.GetValueOrDefault(source), Math.Abs(full.Weights[f + 1]));
            }

            var ranked = importance.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            var table = new EvidenceTable(
                "Columns by largest absolute standardised weight",
                ["Column", "Largest absolute standardised weight"],
                [.. ranked.Select(kv => (IReadOnlyList<string>)[kv.Key, NumberText.Significant(kv.Value)])]);
            context.Report(
                Rule,
                FindingLocation.Dataset,
                new Evidence([new EvidenceMetric("domain_classifier_auroc", auroc, lower, upper, threshold)], [table]),
                auroc,
                lower,
                upper,
                threshold,
                string.Join(", ", ranked.Take(NamedFeatures).Select(kv => kv.Key)));
        }

        context.ReportProgress(1);
        return ValueTask.CompletedTask;
    }

    private static int[] Sample(int rows, int max, Random random)
    {
        var all = Enumerable.Range(0, rows).ToArray();
        if (rows <= max)
        {
            return all;
        }

        random.Shuffle(all);
        var chosen = all[..max];
        Array.Sort(chosen);
        return chosen;
    }
}
