using System.Globalization;
using System.Runtime.InteropServices;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Counts rows that exactly repeat an earlier row over all columns. Duplicates inflate the apparent sample size, weight
/// some patients twice, and when they straddle a train/test split they leak the answer into the evaluation.
/// </summary>
[AuditCheck]
public sealed class DuplicateRowsCheck : AuditCheck
{
    /// <summary>The option that sets the largest tolerated share of duplicate rows.</summary>
    public const string MaxDuplicateShareOption = "max_duplicate_share";

    private const int ExampleRows = 5;

    /// <summary>XAI6003: the share of duplicate rows is above <c>max_duplicate_share</c>.</summary>
    public static readonly RuleDescriptor Rule = new(
        DataQualityRuleIds.DuplicateRows,
        "Dataset has duplicate rows",
        "{0} of {1} rows ({2:P1}) exactly repeat an earlier row, above the tolerated {3:P1}",
        CheckFamily.DataQuality,
        Severity.Warning,
        "Counts rows equal to an earlier row over all columns (missing equals missing; -0 equals 0) and publishes "
        + "duplicate_rows and duplicate_share (duplicates over all rows; the first occurrence of a row is not counted). "
        + "Warns when the share is above max_duplicate_share; the finding names example rows and the row each repeats. "
        + "Duplicates can be double-entered records or repeated visits exported without a visit key; they bias "
        + "estimates and, across splits, leak test answers into training. De-duplicate or explain them in the datasheet.",
        ["EU-AIA-ART10-3", "EU-AIA-ART10-2C", "JP-MLQM-DATA-ADEQUACY", "GMLP-P4", "ISO-5259"],
        [new RuleOption(MaxDuplicateShareOption, 0.01, "Largest tolerated share of rows (0 to 1) that repeat an earlier row; a larger share raises the warning. Default 0.01.")]);

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
            return ValueTask.CompletedTask;
        }

        var maxShare = context.Option(Rule, MaxDuplicateShareOption);
        var firstOf = new Dictionary<int, int>(rows, new RowEqualityComparer(data, cancellationToken));
        context.ReportProgress(0.5);
        var duplicates = 0;
        var examples = new List<(int Row, int First)>(ExampleRows);
        for (var r = 0; r < rows; r++)
        {
            if ((r & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOf, r, out var seen);
            if (!seen)
            {
                first = r;
                continue;
            }

            duplicates++;
            if (examples.Count < ExampleRows)
            {
                examples.Add((r, first));
            }
        }

        var share = (double)duplicates / rows;
        context.Measure("duplicate_rows", duplicates);
        context.Measure("duplicate_share", share);
        if (share > maxShare)
        {
            var table = new EvidenceTable(
                "Example duplicate rows (row numbers from 0)",
                ["Row", "Repeats row"],
                [.. examples.Select(e => (IReadOnlyList<string>)[e.Row.ToString(CultureInfo.InvariantCulture), e.First.ToString(CultureInfo.InvariantCulture)])]);
            var evidence = new Evidence(
                Metrics: [new EvidenceMetric("duplicate_share", share, Threshold: maxShare), new EvidenceMetric("duplicate_rows", duplicates)],
                Tables: [table]);
            var location = new FindingLocation(Rows: [.. examples.Select(e => e.Row)]);
            context.Report(Rule, location, evidence, duplicates, rows, share, maxShare);
        }

        context.ReportProgress(1);
        return ValueTask.CompletedTask;
    }
}
