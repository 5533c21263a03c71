using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>How a multiclass model performs: macro and micro F1, recall per class, and the confusion matrix.</summary>
[AuditCheck]
public sealed class MulticlassCheck : AuditCheck
{
    /// <summary>The option that sets the declared minimum macro F1.</summary>
    public const string MinMacroF1Option = "min_macro_f1";

    /// <summary>The option that sets the declared minimum micro F1.</summary>
    public const string MinMicroF1Option = "min_micro_f1";

    /// <summary>The option that sets the declared minimum recall of every class.</summary>
    public const string MinClassRecallOption = "min_class_recall";

    /// <summary>The option that chooses between the interval's lower bound and the point estimate.</summary>
    public const string UseLowerBoundOption = "use_lower_bound";

    /// <summary>XAI5013: macro or micro F1 below the declared minimum.</summary>
    public static readonly RuleDescriptor F1Rule = new(
        PerformanceRuleIds.MulticlassF1BelowMinimum,
        "Multiclass F1 below the declared minimum",
        "{0} {1:F3} over {2} classes of '{3}' is below the declared minimum {4:F3}",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the macro F1 (mean of per-class F1, every class counts the same, so rare classes weigh in) and the micro "
        + "F1 (share of rows classified correctly) of a multiclass model with the minima the manufacturer declares "
        + "(min_macro_f1, min_micro_f1; point estimates; both off by default, so without a declaration XAI5010 only "
        + "informs). One finding per average below its minimum.",
        PerformanceRequirements.DeclaredAccuracy,
        [
            new RuleOption(MinMacroF1Option, 0, "Declared minimum macro F1 (0 to 1). Default 0: off."),
            new RuleOption(MinMicroF1Option, 0, "Declared minimum micro F1 (0 to 1). Default 0: off."),
        ]);

    /// <summary>XAI5014: the recall of a class below the declared minimum.</summary>
    public static readonly RuleDescriptor RecallRule = new(
        PerformanceRuleIds.ClassRecallBelowMinimum,
        "Recall of a class below the declared minimum",
        "Recall of class '{0}' does not demonstrate the declared minimum {1:P1}: its {2} {3:P1} is below it",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the recall of every class (the share of its rows predicted as it) with the minimum the manufacturer "
        + "declares (min_class_recall; off by default). By default the lower bound of the 95% Wilson interval is compared, "
        + "so the finding reads 'not demonstrated with 95% confidence' and a rare class cannot pass by luck; set "
        + "use_lower_bound to false to compare the point estimate. One finding per class; a diagnosis the model misses is a "
        + "patient not treated.",
        PerformanceRequirements.DeclaredAccuracy,
        [
            new RuleOption(MinClassRecallOption, 0, "Declared minimum recall of each class (0 to 1). Default 0: off."),
            RuleOption.Boolean(UseLowerBoundOption, true, "true: compare the 95% interval's lower bound with the minimum; false: compare the point estimate. Default true."),
        ]);

    /// <summary>XAI5010: the multiclass summary (always reported for multiclass models, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Multiclass,
        "Multiclass performance: F1 and recall per class",
        "Macro F1 {0:F3} and micro F1 {1:F3} over {2} classes; lowest recall {3:P1}, for class '{4}'",
        CheckFamily.Performance,
        Severity.Info,
        "For a multiclass model: the predicted class is the one of largest probability (the first on ties); the label's "
        + "values are matched to the model's classes by their text (rows with a missing or unknown label are left out). "
        + "Publishes recall per class (subject class=<name>, Wilson 95% interval), macro_f1 (mean of per-class "
        + "F1 = 2TP/(2TP+FP+FN) over classes occurring in the label or predictions, as scikit-learn) and micro_f1 "
        + "(correct rows / rows), and reports this summary with the confusion matrix.",
        PerformanceRequirements.DeclaredAccuracy);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule, F1Rule, RecallRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labelName = context.Registration.LabelColumn;
        if (context.Model is not { Task: ModelTask.MulticlassClassification } model || labelName is null || !context.Evaluation.TryGetColumn(labelName, out var label))
        {
            context.Skip("it examines multiclass classifiers with a label column");
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
            context.Skip("no row has both a known class in the label and a prediction");
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
            ["Label \\ predicted", .. classes],
            [.. Enumerable.Range(0, classes.Count).Select(i => (IReadOnlyList<string>)
                [classes[i], .. Enumerable.Range(0, classes.Count).Select(j => Cells.Count(confusion[i, j]))])]);
        var evidence = new Evidence(Metrics: [new EvidenceMetric("macro_f1", confusion.MacroF1), new EvidenceMetric("micro_f1", confusion.MicroF1), new EvidenceMetric("n", confusion.Total)], Tables: [table]);
        var location = FindingLocation.ForColumn(labelName);
        context.Report(
            SummaryRule,
            location,
            evidence,
            confusion.MacroF1,
            confusion.MicroF1,
            classes.Count,
            worst < 0 ? double.NaN : confusion.Recall(worst).Value,
            worst < 0 ? "—" : classes[worst]);
        // The confusion matrix is on the summary alone; the warnings carry their metric.
        JudgeF1(context, location, "Macro F1", "macro_f1", confusion.MacroF1, context.Option(F1Rule, MinMacroF1Option), classes.Count, labelName);
        JudgeF1(context, location, "Micro F1", "micro_f1", confusion.MicroF1, context.Option(F1Rule, MinMicroF1Option), classes.Count, labelName);
        var minRecall = context.Option(RecallRule, MinClassRecallOption);
        var useLower = context.OptionBoolean(RecallRule, UseLowerBoundOption);
        for (var k = 0; k < classes.Count && minRecall > 0; k++)
        {
            var recall = confusion.Recall(k);
            if (double.IsNaN(recall.Value))
            {
                continue;
            }

            var lower = useLower && recall.HasBounds;
            if ((lower ? recall.Lower : recall.Value) < minRecall)
            {
                context.Report(
                    RecallRule,
                    new FindingLocation(Column: labelName, Group: "class=" + classes[k]),
                    // The estimate, its interval and the class's rows are evidence; the message gives the value compared.
                    Evidence.Of(Cells.Metric("recall", recall, minRecall), new EvidenceMetric("n", confusion.Support(k))),
                    classes[k],
                    minRecall,
                    lower ? "95% lower bound" : "estimate",
                    lower ? recall.Lower : recall.Value);
            }
        }

        context.ReportProgress(1);
    }

    private static void JudgeF1(CheckContext context, FindingLocation location, string label, string name, double value, double minimum, int classCount, string labelName)
    {
        if (minimum > 0 && !double.IsNaN(value) && value < minimum)
        {
            context.Report(F1Rule, location, Evidence.Of(new EvidenceMetric(name, value, Threshold: minimum)), label, value, classCount, labelName, minimum);
        }
    }
}
