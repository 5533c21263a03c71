using System.Globalization;
using ExplainableAI.Sdk;

namespace Acme.Checks;

/// <summary>
/// Finds numeric columns holding a missing-value code such as -999. Clinical data exports write these codes for a value
/// that was never measured; read as numbers, they distort every statistic on the column and reach the model as real inputs.
/// </summary>
[AuditCheck]
public sealed class MissingValueCodeCheck : AuditCheck
{
    /// <summary>The rule this check reports.</summary>
    public static readonly RuleDescriptor Rule = new(
        Id: "ACME1001",
        Title: "Missing-value code read as a number",
        MessageFormat: "Column {0} holds the missing-value code {1} in {2} of {3} rows",
        Family: CheckFamily.DataQuality,
        DefaultSeverity: Severity.Warning,
        Description: "A numeric column holds -9999, -999 or -99, the codes data exports write for a value that was not "
            + "measured. Read as numbers they shift every statistic of the column and reach the model as real inputs. "
            + "Load these values as missing, or correct the export.",
        Requirements: ["EU-AIA-ART10-3"]);

    // The codes SPSS, SAS and many hospital information systems write for "not measured".
    private static readonly double[] Codes = [-9999, -999, -99];

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var data = context.Evaluation;
        var numeric = data.Columns.Where(c => c.Kind == ColumnKind.Numeric).ToList();
        if (numeric.Count == 0)
        {
            context.Skip("the evaluation data has no numeric column");
            return ValueTask.CompletedTask;
        }

        foreach (var column in numeric)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = new SortedSet<double>();
            var rows = 0;
            foreach (var value in column.Values)
            {
                if (Array.IndexOf(Codes, value) >= 0)
                {
                    found.Add(value);
                    rows++;
                }
            }

            context.Measure("missing_value_code_rows", rows, subject: column.Name);
            if (rows > 0)
            {
                var codes = string.Join(", ", found.Select(c => c.ToString(CultureInfo.InvariantCulture)));
                var evidence = Evidence.Of(new EvidenceMetric("missing_value_code_rows", rows, Threshold: 0));
                context.Report(Rule, FindingLocation.ForColumn(column.Name), evidence, column.Name, codes, rows, data.RowCount);
            }
        }

        return ValueTask.CompletedTask;
    }
}
