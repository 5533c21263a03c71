using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Measures the share of missing values in every column and warns about columns missing more often than tolerated.
/// </summary>
[AuditCheck]
public sealed class MissingValuesCheck : AuditCheck
{
    /// <summary>The option that sets the largest tolerated missing rate of a column.</summary>
    public const string MaxMissingRateOption = "max_missing_rate";

    private const int ExampleRows = 5;

    /// <summary>XAI6001: a column's missing rate is above <c>max_missing_rate</c>.</summary>
    public static readonly RuleDescriptor Rule = new(
        DataQualityRuleIds.MissingValues,
        "Column has many missing values",
        "Column '{0}' is missing in {1:P1} of rows ({2} of {3}), above the tolerated {4:P1}",
        CheckFamily.DataQuality,
        Severity.Warning,
        "Counts missing values (empty cells, NaN) per column and warns when a column's missing rate is above "
        + "max_missing_rate. Missing data that is not missing at random can bias a model and its evaluation, and "
        + "silent imputation hides it. The missing_rate and missing_count of every column are published, whether or not "
        + "they raise a finding. Review why values are missing (by site, device, time or subgroup) and document the "
        + "handling (exclusion, imputation) in the datasheet.",
        ["EU-AIA-ART10-3", "EU-AIA-ART10-2H", "EU-AIA-ANNEX4-2D", "JP-BIZ-SAFETY-3", "JP-MLQM-DATA-ADEQUACY", "GMLP-P2", "ISO-5259"],
        [new RuleOption(MaxMissingRateOption, 0.2, "Largest tolerated share of missing values in a column (0 to 1); a larger share raises the warning. Default 0.2.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Evaluation;
        var rows = data.RowCount;
        if (rows == 0)
        {
            // A rate over no rows is undefined; an empty dataset is the loader's problem to report.
            context.Skip("the evaluation data has no rows");
            return ValueTask.CompletedTask;
        }

        var maxRate = context.Option(Rule, MaxMissingRateOption);
        var columns = data.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = columns[c];
            var count = column.MissingCount;
            var rate = (double)count / rows;
            context.Measure("missing_rate", rate, subject: column.Name);
            context.Measure("missing_count", count, subject: column.Name);
            if (rate > maxRate)
            {
                var location = new FindingLocation(Column: column.Name, Rows: FirstMissingRows(column));
                var evidence = Evidence.Of(
                    new EvidenceMetric("missing_rate", rate, Threshold: maxRate),
                    new EvidenceMetric("missing_count", count));
                context.Report(Rule, location, evidence, column.Name, rate, count, rows, maxRate);
            }

            context.ReportProgress((c + 1.0) / columns.Count);
        }

        return ValueTask.CompletedTask;
    }

    private static int[] FirstMissingRows(DataColumn column)
    {
        var values = column.Values;
        var examples = new int[Math.Min(ExampleRows, column.MissingCount)];
        var found = 0;
        for (var r = 0; r < values.Length && found < examples.Length; r++)
        {
            if (double.IsNaN(values[r]))
            {
                examples[found++] = r;
            }
        }

        return examples;
    }
}
