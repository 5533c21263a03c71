using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>How a multiclass model performs: macro and micro F1, recall per class, and the confusion matrix.</summary>
[AuditCheck]
public sealed class MulticlassCheck : AuditCheck
{
    /// <summary>XAI5010: the multiclass summary (always reported for multiclass models, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Multiclass,
        "Multiclass performance: F1 and recall per class",
        "Macro F1 {0:F3}, micro F1 {1:F3} over {2} classes on {3} rows of '{4}'; lowest recall {5:P1} for class '{6}'",
        CheckFamily.Performance,
        Severity.Info,
        "For a multiclass model: the predicted class is the one of largest probability (the first on ties); the label's "
        + "values are matched to the model's classes by their text (rows with a missing or unknown label are left out). "
        + "Publishes recall per class (subject class=<name>, Wilson 95% interval), macro_f1 (mean of per-class "
        + "F1 = 2TP/(2TP+FP+FN) over classes occurring in the label or predictions, as scikit-learn) and micro_f1 "
        + "(correct rows / rows), and reports this summary with the confusion matrix.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "GMLP-P8", "ISO-TS4213"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labelName = context.Registration.LabelColumn;
        if (context.Model is not { Task: ModelTask.MulticlassClassification } model || labelName is null || !context.Evaluation.TryGetColumn(labelName, out var label))
        {
            return;
        }

        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        var classes = model.Classes;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < classes.Count; k++)
        {
            index.TryAdd(classes[k], k);
        }

        var actual = new int[label.Length];
        for (var r = 0; r < actual.Length; r++)
        {
            var text = label.FormatValue(r);
            actual[r] = text is not null && index.TryGetValue(text, out var k) ? k : -1;
        }

        var confusion = MulticlassConfusion.Count(actual, predictions.Values.Span, classes.Count);
        if (confusion.Total == 0)
        {
            return;
        }

        var worst = -1;
        for (var k = 0; k < classes.Count; k++)
        {
            var recall = confusion.Recall(k);
            if (!double.IsNaN(recall.Value))
            {
                context.Measure("recall", recall.Value, "class=" + classes[k], recall.LowerOrNull, recall.UpperOrNull);
                if (worst < 0 || recall.Value < confusion.Recall(worst).Value)
                {
                    worst = k;
                }
            }
        }

        context.Measure("macro_f1", confusion.MacroF1);
        context.Measure("micro_f1", confusion.MicroF1);
        var table = new EvidenceTable(
            "Confusion matrix (rows: label, columns: predicted)",
            ["label \\ predicted", .. classes],
            [.. Enumerable.Range(0, classes.Count).Select(i => (IReadOnlyList<string>)
                [classes[i], .. Enumerable.Range(0, classes.Count).Select(j => confusion[i, j].ToString(CultureInfo.InvariantCulture))])]);
        var evidence = new Evidence(Metrics: [new EvidenceMetric("macro_f1", confusion.MacroF1), new EvidenceMetric("micro_f1", confusion.MicroF1)], Tables: [table]);
        context.Report(
            SummaryRule,
            FindingLocation.ForColumn(labelName),
            evidence,
            confusion.MacroF1,
            confusion.MicroF1,
            classes.Count,
            confusion.Total,
            labelName,
            worst < 0 ? double.NaN : confusion.Recall(worst).Value,
            worst < 0 ? "—" : classes[worst]);
        context.ReportProgress(1);
    }
}
