using System.Buffers;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Finds columns whose most frequent value covers nearly every non-missing row: they carry little or no information,
/// and often betray a broken extract, a default value written in place of missing, or a filter applied upstream.
/// </summary>
[AuditCheck]
public sealed class ConstantColumnCheck : AuditCheck
{
    /// <summary>The option that sets the dominant-value share at which a column counts as near-constant.</summary>
    public const string MaxDominantShareOption = "max_dominant_share";

    /// <summary>XAI6002: a column is constant or near-constant.</summary>
    public static readonly RuleDescriptor Rule = new(
        DataQualityRuleIds.ConstantColumn,
        "Column is constant or near-constant",
        "Column '{0}' is near-constant: value '{1}' covers {2:P1} of its {3} non-missing rows (threshold {4:P1})",
        CheckFamily.DataQuality,
        Severity.Warning,
        "For every column with at least one value, finds the most frequent non-missing value and its share of the "
        + "non-missing rows (dominant_share, published for every such column). Warns when that share is at least "
        + "max_dominant_share, which includes every column with a single distinct value. Numbers are compared exactly "
        + "(-0 equals 0). Columns with no values at all are left to XAI6001. A constant column cannot inform a model, "
        + "and a near-constant one leaves too few examples of the other values to learn or evaluate them: check the "
        + "extract, and whether a default value was written in place of missing ones.",
        ["EU-AIA-ART10-3", "EU-AIA-ANNEX4-2D", "JP-MLQM-DATA-ADEQUACY", "GMLP-P2", "ISO-5259"],
        [new RuleOption(MaxDominantShareOption, 0.99, "Share of non-missing rows (0 to 1) covered by the most frequent value at or above which a column is reported. Default 0.99.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var threshold = context.Option(Rule, MaxDominantShareOption);
        var columns = context.Evaluation.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = columns[c];
            var present = column.Length - column.MissingCount;
            if (present > 0)
            {
                var (value, count) = column.Kind == ColumnKind.Numeric ? MostFrequentNumber(column) : MostFrequentLevel(column);
                var share = (double)count / present;
                context.Measure("dominant_share", share, subject: column.Name);
                if (share >= threshold)
                {
                    var evidence = Evidence.Of(
                        new EvidenceMetric("dominant_share", share, Threshold: threshold),
                        new EvidenceMetric("non_missing_rows", present));
                    context.Report(Rule, FindingLocation.ForColumn(column.Name), evidence, column.Name, ColumnText.Of(column, value), share, present, threshold);
                }
            }

            context.ReportProgress((c + 1.0) / columns.Count);
        }

        return ValueTask.CompletedTask;
    }

    private static (double Value, int Count) MostFrequentLevel(DataColumn column)
    {
        // Boolean columns store 0/1 and have two levels, so level counting covers them too.
        var counts = new int[Math.Max(column.Levels.Count, 2)];
        foreach (var v in column.Values)
        {
            if (!double.IsNaN(v))
            {
                counts[(int)v]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return (best, counts[best]);
    }

    // Sorting a pooled copy finds the longest run of equal numbers in O(n log n) without a dictionary per column.
    private static (double Value, int Count) MostFrequentNumber(DataColumn column)
    {
        var present = column.Length - column.MissingCount;
        var buffer = ArrayPool<double>.Shared.Rent(present);
        try
        {
            var n = 0;
            foreach (var v in column.Values)
            {
                if (!double.IsNaN(v))
                {
                    buffer[n++] = v;
                }
            }

            var sorted = buffer.AsSpan(0, n);
            sorted.Sort();
            double bestValue = sorted[0];
            int bestCount = 0;
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && sorted[end] == sorted[start])
                {
                    end++;
                }

                if (end - start > bestCount)
                {
                    bestCount = end - start;
                    bestValue = sorted[start];
                }

                start = end;
            }

            // -0 and 0 are one value; show it as 0.
            return (bestValue == 0 ? 0 : bestValue, bestCount);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
