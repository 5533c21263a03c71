namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>A column present in both datasets.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Reference">The reference column.</param>
/// <param name="Current">The current column.</param>
internal sealed record ColumnPair(string Name, DataColumn Reference, DataColumn Current)
{
    /// <summary>
    /// The feature columns both datasets have, in the current data's order: same name (ordinal) and both numeric or both
    /// non-numeric. The label and the score column are left to XAI3005 and XAI3004.
    /// </summary>
    public static List<ColumnPair> Find(CheckContext context)
    {
        var reference = context.Reference ?? throw new InvalidOperationException("The drift checks need a reference dataset.");
        var excluded = new HashSet<string?>(StringComparer.Ordinal) { context.Registration.LabelColumn, context.Registration.ScoreColumn };
        var pairs = new List<ColumnPair>();
        foreach (var current in context.Evaluation.Columns)
        {
            if (excluded.Contains(current.Name) || !reference.TryGetColumn(current.Name, out var referenceColumn))
            {
                continue;
            }

            if ((current.Kind == ColumnKind.Numeric) == (referenceColumn.Kind == ColumnKind.Numeric))
            {
                pairs.Add(new ColumnPair(current.Name, referenceColumn, current));
            }
        }

        return pairs;
    }
}
