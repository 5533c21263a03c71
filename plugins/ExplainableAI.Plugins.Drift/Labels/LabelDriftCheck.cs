using ExplainableAI.Plugins.Drift.Columns;

namespace ExplainableAI.Plugins.Drift.Labels;

/// <summary>Compares the label's distribution in the current data with the reference (prior shift, case-mix change).</summary>
[AuditCheck]
public sealed class LabelDriftCheck : AuditCheck
{
    /// <summary>XAI3005: the label drifted.</summary>
    public static readonly RuleDescriptor Rule = new(
        DriftRuleIds.LabelDrift,
        "Label distribution drifted",
        "Label '{0}' has drifted: {1} {2} (threshold {3}){4}",
        CheckFamily.Drift,
        Severity.Warning,
        "When both datasets carry the label, compares its distribution with the method and thresholds of XAI3001 "
        + "(for a binary label: the z-test on a small reference, else Jensen-Shannon). A changed prevalence moves the "
        + "positive predictive value and calibration even when the model's inputs look stable.",
        ["EU-AIA-ART72-2", "EU-AIA-ART15-1", "JP-MLQM-OPS-MAINTAINABILITY", "GMLP-P10"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Reference | CheckInputs.Label;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var label = context.Registration.LabelColumn;
        if (label is null
            || !context.Evaluation.TryGetColumn(label, out var current)
            || context.Reference is null
            || !context.Reference.TryGetColumn(label, out var reference)
            || (current.Kind == ColumnKind.Numeric) != (reference.Kind == ColumnKind.Numeric))
        {
            return ValueTask.CompletedTask;
        }

        var settings = DriftOptions.Read(context, ColumnDriftCheck.Rule);
        var drift = ColumnComparer.Compare(label, reference, current, settings, cancellationToken);
        DriftEvidence.Measure(context, drift, label);
        if (drift.Drifted)
        {
            context.Report(
                Rule,
                FindingLocation.ForColumn(label),
                DriftEvidence.For(drift, $"Cumulative distribution of label {label}", DriftEvidence.ValueLabel(context, label)),
                label,
                DriftMethods.Words(drift.Method),
                DriftMethods.ValueText(drift.Method, drift.Statistic),
                DriftMethods.ThresholdText(drift.Method, drift.Threshold),
                DriftEvidence.NewCategoriesText(drift));
        }

        return ValueTask.CompletedTask;
    }
}
