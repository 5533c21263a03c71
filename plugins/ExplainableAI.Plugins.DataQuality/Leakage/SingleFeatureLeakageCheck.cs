using System.Buffers;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Looks for target leakage: one feature that on its own ranks a binary label almost perfectly is more often a copy,
/// consequence or proxy of the outcome (a discharge code, a treatment given after diagnosis) than a clinical signal.
/// </summary>
[AuditCheck]
public sealed class SingleFeatureLeakageCheck : AuditCheck
{
    /// <summary>The option that sets the single-feature AUROC at which a feature is reported.</summary>
    public const string MaxSingleFeatureAurocOption = "max_single_feature_auroc";

    /// <summary>XAI6005: one feature alone predicts the label almost perfectly.</summary>
    public static readonly RuleDescriptor Rule = new(
        DataQualityRuleIds.SingleFeatureLeakage,
        "Feature alone predicts the label (possible leakage)",
        "Feature '{0}' alone ranks the label's positive class '{1}' with AUROC {2:F3} in the {4} data, at or above {3:F3}: check it for leakage of the outcome",
        CheckFamily.DataQuality,
        Severity.Error,
        "For a binary label (exactly two distinct non-missing values), computes the AUROC of every other column used "
        + "alone as a score (the label and the score column are left out), as max(AUC, 1 - AUC) so that a feature that "
        + "ranks the label backwards counts too; ties count half (Mann-Whitney). Numeric and boolean features are their own "
        + "scores; a categorical feature scores each level by its positive rate in these data, the best ranking one "
        + "categorical feature can give in-sample (so a near-unique identifier column scores high: treat it as leakage "
        + "of row identity). Rows with a missing label or feature value are left out. Publishes single_feature_auroc per "
        + "feature and reports an error when it is at least max_single_feature_auroc. When a reference (training) dataset "
        + "with the label is registered it is examined too, since leakage does its harm in the data the model learns from; "
        + "its values are published as reference_single_feature_auroc. The positive class is the "
        + "registration's positive_class (matched to the value's text, or to the number for numeric and boolean labels), "
        + "else true for boolean labels, else a value written 'true' or '1', else the second value in sorted order; "
        + "the choice does not change max(AUC, 1 - AUC). Remove the feature or show that it is known before the "
        + "prediction is made.",
        ["EU-AIA-ART10-3", "EU-AIA-ANNEX4-2G", "JP-PMD-AI-EVAL-INDEX", "JP-MLQM-DATA-ADEQUACY", "GMLP-P4"],
        [new RuleOption(MaxSingleFeatureAurocOption, 0.95, "Single-feature AUROC (0.5 to 1) at or above which a feature is reported as possible leakage. Default 0.95.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Label;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var threshold = context.Option(Rule, MaxSingleFeatureAurocOption);
        var labelName = context.Registration.LabelColumn!;
        Examine(context, context.Evaluation, "evaluation", "single_feature_auroc", threshold, 0, cancellationToken);
        if (context.Reference is { } reference && reference.TryGetColumn(labelName, out _))
        {
            Examine(context, reference, "reference", "reference_single_feature_auroc", threshold, 1, cancellationToken);
        }

        return ValueTask.CompletedTask;
    }

    private static void Examine(CheckContext context, TabularData data, string role, string measurement, double threshold, int pass, CancellationToken cancellationToken)
    {
        var registration = context.Registration;
        var label = BinaryLabel.TryRead(data[registration.LabelColumn!], registration.PositiveClass);
        if (label is null)
        {
            context.Skip($"label column '{registration.LabelColumn}' in the {role} data does not have exactly two classes");
            return;
        }

        var passes = context.Reference is null ? 1 : 2;
        var scores = ArrayPool<double>.Shared.Rent(Math.Max(data.RowCount, 1));
        var positive = ArrayPool<byte>.Shared.Rent(Math.Max(data.RowCount, 1));
        try
        {
            var columns = data.Columns;
            for (var c = 0; c < columns.Count; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var feature = columns[c];
                if (!ColumnText.IsLabelOrScore(registration, feature.Name))
                {
                    var auc = feature.Kind == ColumnKind.Categorical
                        ? CategoricalAuroc(feature, label)
                        : ScoreAuroc(feature, label, scores, positive);
                    if (!double.IsNaN(auc))
                    {
                        var auroc = Math.Max(auc, 1 - auc);
                        context.Measure(measurement, auroc, subject: feature.Name);
                        if (auroc >= threshold)
                        {
                            var evidence = Evidence.Of(new EvidenceMetric(measurement, auroc, Threshold: threshold));
                            context.Report(Rule, FindingLocation.ForColumn(feature.Name), evidence, feature.Name, label.PositiveName, auroc, threshold, role);
                        }
                    }
                }

                context.ReportProgress((pass + ((c + 1.0) / columns.Count)) / passes);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<byte>.Shared.Return(positive);
        }
    }

    private static double ScoreAuroc(DataColumn feature, BinaryLabel label, double[] scores, byte[] positive)
    {
        var x = feature.Values;
        var y = label.Column.Values;
        var n = 0;
        for (var r = 0; r < x.Length; r++)
        {
            if (!double.IsNaN(x[r]) && !double.IsNaN(y[r]))
            {
                scores[n] = x[r];
                positive[n] = label.IsPositive(y[r]) ? (byte)1 : (byte)0;
                n++;
            }
        }

        // Sorted in the pooled buffers, so a feature costs no allocation.
        scores.AsSpan(0, n).Sort(positive.AsSpan(0, n));
        return Auroc.OfSorted(scores.AsSpan(0, n), positive.AsSpan(0, n), []);
    }

    private static double CategoricalAuroc(DataColumn feature, BinaryLabel label)
    {
        var levels = feature.Levels.Count;
        var positives = new long[levels];
        var negatives = new long[levels];
        var x = feature.Values;
        var y = label.Column.Values;
        for (var r = 0; r < x.Length; r++)
        {
            if (!double.IsNaN(x[r]) && !double.IsNaN(y[r]))
            {
                if (label.IsPositive(y[r]))
                {
                    positives[(int)x[r]]++;
                }
                else
                {
                    negatives[(int)x[r]]++;
                }
            }
        }

        return Auroc.OfLevelRates(positives, negatives);
    }
}
