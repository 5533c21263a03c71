using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Measures how the label's classes are represented and warns about classes rarer than tolerated: a rare class gives
/// wide confidence intervals, unstable thresholds and a model that can score well by ignoring it.
/// </summary>
[AuditCheck]
public sealed class ClassImbalanceCheck : AuditCheck
{
    /// <summary>The option that sets the smallest tolerated share of a class.</summary>
    public const string MinMinorityShareOption = "min_minority_share";

    /// <summary>The option that sets how many distinct numeric values a label may have and still be taken as classes.</summary>
    public const string MaxClassesOption = "max_classes";

    /// <summary>XAI6004: a class of the label is rarer than <c>min_minority_share</c>.</summary>
    public static readonly RuleDescriptor Rule = new(
        DataQualityRuleIds.ClassImbalance,
        "Label classes are imbalanced",
        "Class '{0}' has {1:P1} of labelled rows ({2} of {3}), below the minimum {4:P1}",
        CheckFamily.DataQuality,
        Severity.Warning,
        "Counts the rows of each class of the label (rows with a missing label are left out) and publishes class_share "
        + "per class (subject label=<class>) and minority_share, the share of the rarest class. Warns once for every class "
        + "whose share is below min_minority_share, so the warning fires exactly when minority_share is below it. "
        + "Categorical and boolean labels take their declared levels as classes, so a declared class with no rows counts "
        + "as 0%; numeric labels take their distinct values, and a numeric label with more than max_classes values (or "
        + "any label of a regression model) is taken as continuous and not checked. A rare class needs enough cases for "
        + "its sensitivity to be estimated: collect more, stratify the evaluation, and report per-class metrics with "
        + "confidence intervals.",
        ["EU-AIA-ART10-2E", "EU-AIA-ART10-3", "JP-MLQM-DATA-COVERAGE", "JP-MLQM-DATA-UNIFORMITY", "GMLP-P3", "ISO-5259"],
        [
            new RuleOption(MinMinorityShareOption, 0.1, "Smallest tolerated share (0 to 1) of the labelled rows for any class; a smaller share raises the warning. Default 0.1."),
            RuleOption.Integer(MaxClassesOption, 20, "Largest number of distinct values of a numeric label still taken as classes; a numeric label with more is taken as continuous and not checked. Default 20."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Label;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var label = context.Evaluation[context.Registration.LabelColumn!];
        if (context.Model?.Task == ModelTask.Regression)
        {
            context.Skip("the label of a regression model has no classes to balance");
            return ValueTask.CompletedTask;
        }

        var classes = LabelClasses.Count(label);
        if (classes.Total == 0
            || (label.Kind == ColumnKind.Numeric && classes.Counts.Count > context.OptionInteger(Rule, MaxClassesOption)))
        {
            context.Skip(classes.Total == 0
                ? $"label column '{label.Name}' has no values"
                : $"numeric label column '{label.Name}' has {classes.Counts.Count} distinct values, more than max_classes, so it is taken as continuous");
            return ValueTask.CompletedTask;
        }

        var minShare = context.Option(Rule, MinMinorityShareOption);
        var minority = 1.0;
        for (var i = 0; i < classes.Counts.Count; i++)
        {
            var share = (double)classes.Counts[i] / classes.Total;
            minority = Math.Min(minority, share);
            context.Measure("class_share", share, subject: Subject(classes.Names[i]));
        }

        // A label with one class has nothing to balance against; XAI6002 reports it as constant.
        if (classes.Counts.Count < 2)
        {
            return ValueTask.CompletedTask;
        }

        context.Measure("minority_share", minority);
        // The dashed line is the fewest rows a class needs; the chart goes with the first finding only, so a label with
        // several rare classes shows it once.
        var chart = new ChartSpec(
            ChartKind.Bar,
            $"Rows per class of '{label.Name}'",
            "Class",
            "Rows",
            [new ChartSeries("Rows", [], [.. classes.Counts.Select(c => (double)c)])],
            classes.Names)
        {
            ReferenceValue = minShare * classes.Total,
            Subtitle = $"Dashed line: the minimum share, {minShare.ToString("P1", CultureInfo.InvariantCulture)} of {classes.Total.ToString(CultureInfo.InvariantCulture)} labelled rows",
        };
        var charted = false;
        for (var i = 0; i < classes.Counts.Count; i++)
        {
            var share = (double)classes.Counts[i] / classes.Total;
            if (share < minShare)
            {
                var evidence = new Evidence(
                    Metrics: [new EvidenceMetric("class_share", share, Threshold: minShare), new EvidenceMetric("minority_share", minority)],
                    Charts: charted ? [] : [chart]);
                charted = true;
                var location = new FindingLocation(Column: label.Name, Group: Subject(classes.Names[i]));
                // The label is the finding's column and its class the group (label=<class>), so the message names only the class.
                context.Report(Rule, location, evidence, classes.Names[i], share, classes.Counts[i], classes.Total, minShare);
            }
        }

        context.ReportProgress(1);
        return ValueTask.CompletedTask;
    }

    private static string Subject(string className) => "label=" + className;
}
