using ExplainableAI.Plugins.Drift.Columns;

namespace ExplainableAI.Plugins.Drift.Subgroups;

/// <summary>
/// Compares the columns within each subgroup: the groups of every sensitive attribute, of every site column the manifest
/// names (<c>data.site_columns</c>) and of every column named site, hospital, center, centre or ward, because a shift at
/// one hospital is diluted in the pooled data.
/// </summary>
[AuditCheck]
public sealed class SubgroupDriftCheck : AuditCheck
{
    /// <summary>The option that sets the most levels a grouping column may have.</summary>
    public const string MaxLevelsOption = "max_levels";

    /// <summary>The option that sets the fewest rows a subgroup needs in each dataset.</summary>
    public const string MinRowsOption = "min_rows";

    /// <summary>Column names (case-insensitive) examined as sites without being sensitive attributes.</summary>
    public static IReadOnlyList<string> SiteLikeNames { get; } = ["site", "hospital", "center", "centre", "ward"];

    /// <summary>XAI3003: a column drifted within one subgroup.</summary>
    public static readonly RuleDescriptor Rule = new(
        DriftRuleIds.SubgroupDrift,
        "Column drifted within a subgroup",
        "Column '{0}' has drifted within {1}: {2} {3} (threshold {4})",
        CheckFamily.Drift,
        Severity.Warning,
        "Repeats the column comparison of XAI3001 (same method and thresholds) within each group of every site column the "
        + "manifest names (data.site_columns; numeric site codes too) and of every categorical or boolean column that is a "
        + "sensitive attribute or is named site, hospital, center, centre or ward, with at most max_levels levels. A new assay or a new referral pattern at one site can move that site's data while the pooled "
        + "data barely change; the model may then fail for that site's patients only. Categories new in the current data are "
        + "marked (new) in the finding's table of shares.",
        ["EU-AIA-ART72-2", "EU-AIA-ART10-2F", "EU-AIA-ART15-1", "JP-MLQM-OPS-MAINTAINABILITY", "JP-MLQM-DATA-UNIFORMITY", "GMLP-P10"],
        [
            RuleOption.Integer(MaxLevelsOption, 20, "Grouping columns with more levels (in reference and current together) are skipped. Default 20."),
            RuleOption.Integer(MinRowsOption, 30, "A subgroup needs at least this many rows in each dataset to be compared. Default 30."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Reference;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = DriftOptions.Read(context, ColumnDriftCheck.Rule);
        var maxLevels = context.OptionInteger(Rule, MaxLevelsOption);
        var minRows = context.OptionInteger(Rule, MinRowsOption);
        var pairs = ColumnPair.Find(context);
        var sensitive = new HashSet<string>(context.Registration.SensitiveAttributes, StringComparer.Ordinal);
        var sites = new HashSet<string>(context.Registration.SiteColumns, StringComparer.Ordinal);
        var groupings = pairs
            .Where(p => sites.Contains(p.Name)
                || (p.Current.Kind != ColumnKind.Numeric && (sensitive.Contains(p.Name) || SiteLikeNames.Contains(p.Name, StringComparer.OrdinalIgnoreCase))))
            .ToList();
        if (groupings.Count == 0)
        {
            context.Skip("no sensitive attribute or site column splits the data into groups");
            return ValueTask.CompletedTask;
        }

        var done = 0;
        foreach (var grouping in groupings)
        {
            var referenceRows = RowsByLevel(grouping.Reference);
            var currentRows = RowsByLevel(grouping.Current);
            var levels = referenceRows.Keys.Union(currentRows.Keys).ToList();
            if (levels.Count > maxLevels)
            {
                continue;
            }

            // Levels in the current data's order, so findings come out in a stable order.
            foreach (var level in currentRows.Keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!referenceRows.TryGetValue(level, out var inReference) || inReference.Count < minRows || currentRows[level].Count < minRows)
                {
                    continue;
                }

                var group = $"{grouping.Name}={level}";
                var inCurrent = currentRows[level];
                var results = new ColumnDrift[pairs.Count];
                Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, c =>
                {
                    var pair = pairs[c];
                    results[c] = pair.Name == grouping.Name
                        ? null!
                        : ColumnComparer.Compare(pair.Name, pair.Reference, pair.Current, settings, cancellationToken, inReference, inCurrent);
                });

                var compared = 0;
                var drifted = 0;
                foreach (var drift in results)
                {
                    if (drift is null || !drift.Compared)
                    {
                        continue;
                    }

                    compared++;
                    if (!drift.Drifted)
                    {
                        continue;
                    }

                    drifted++;
                    context.Report(
                        Rule,
                        new FindingLocation(Column: drift.Column, Group: group),
                        DriftEvidence.For(drift, $"Cumulative distribution of {drift.Column} within {group}", DriftEvidence.ValueLabel(context, drift.Column)),
                        drift.Column,
                        group,
                        DriftMethods.Words(drift.Method),
                        DriftMethods.ValueText(drift.Method, drift.Statistic),
                        DriftMethods.ThresholdText(drift.Method, drift.Threshold));
                }

                if (compared > 0)
                {
                    context.Measure("drift_share", (double)drifted / compared, group);
                }
            }

            context.ReportProgress(++done / (double)groupings.Count);
        }

        return ValueTask.CompletedTask;
    }

    private static Dictionary<string, List<int>> RowsByLevel(DataColumn column)
    {
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var values = column.Values;
        for (var r = 0; r < values.Length; r++)
        {
            if (double.IsNaN(values[r]))
            {
                continue;
            }

            // A numeric site code is its own level name.
            var level = column.Kind == ColumnKind.Numeric
                ? values[r].ToString("R", CultureInfo.InvariantCulture)
                : column.Levels[(int)values[r]];
            if (!rows.TryGetValue(level, out var list))
            {
                list = [];
                rows.Add(level, list);
            }

            list.Add(r);
        }

        return rows;
    }
}
