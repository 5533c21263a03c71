using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The groups of a sensitive attribute, as one-vs-rest memberships: each level of a categorical or boolean attribute; each
/// value of a numeric attribute with at most <see cref="MaxNumericGroups"/> distinct values; else the rows above the median
/// (written <c>age&gt;62</c>) against the rest. Missing values belong to no group.
/// </summary>
internal static class SensitiveGroups
{
    public const int MaxNumericGroups = 10;

    /// <summary>Per group: its label (<c>sex=F</c>) and the group code of each row (NaN when missing).</summary>
    public static (double[] Codes, IReadOnlyList<string> Labels) Of(DataColumn column)
    {
        var values = column.Values.ToArray();
        var name = column.Name;
        if (column.Kind != ColumnKind.Numeric)
        {
            return (values, [.. column.Levels.Select(l => name + "=" + l)]);
        }

        var distinct = values.Where(v => !double.IsNaN(v)).Distinct().Order().ToArray();
        if (distinct.Length <= MaxNumericGroups)
        {
            var codes = values.Select(v => double.IsNaN(v) ? double.NaN : Array.BinarySearch(distinct, v)).ToArray();
            return (codes, [.. distinct.Select(v => name + "=" + v.ToString("G6", CultureInfo.InvariantCulture))]);
        }

        var present = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        var median = present.Length % 2 == 1 ? present[present.Length / 2] : (present[(present.Length / 2) - 1] + present[present.Length / 2]) / 2;
        var split = values.Select(v => double.IsNaN(v) ? double.NaN : v > median ? 1.0 : 0.0).ToArray();
        var m = median.ToString("G6", CultureInfo.InvariantCulture);
        return (split, [name + "<=" + m, name + ">" + m]);
    }
}
