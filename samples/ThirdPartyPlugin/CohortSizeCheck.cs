using ExplainableAI.Sdk;

namespace Contoso.Xai.CohortSize;

/// <summary>
/// Warns when the evaluation cohort is smaller than a minimum: performance estimates from a small cohort have wide
/// confidence intervals, and a reviewer should see that before reading any other number.
/// </summary>
[AuditCheck]
public sealed class CohortSizeCheck : AuditCheck
{
    /// <summary>The rule this check reports.</summary>
    public static readonly RuleDescriptor Rule = new(
        Id: "CTS1001",
        Title: "Evaluation cohort smaller than the declared minimum",
        MessageFormat: "The evaluation data has {0} rows; at least {1} are expected",
        Family: CheckFamily.Governance,
        DefaultSeverity: Severity.Warning,
        Description: "Sample third-party rule. Set the minimum with checks.options.CTS1001.min_rows.",
        Requirements: ["EU-AIA-ART10-2E"],
        Options: [new RuleOption("min_rows", 10_000, "The smallest acceptable evaluation cohort. Default 10,000.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var rows = context.Evaluation.RowCount;
        var minimum = context.Option(Rule, "min_rows");
        context.Measure("evaluation_rows", rows);
        if (rows < minimum)
        {
            context.Report(Rule, FindingLocation.Dataset, Evidence.Of(new EvidenceMetric("evaluation_rows", rows, Threshold: minimum)), rows, minimum);
        }

        return ValueTask.CompletedTask;
    }
}
