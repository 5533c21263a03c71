using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The groups of the registered sensitive attributes, each attribute on its own: a categorical or boolean attribute by
/// level, a numeric one with at most ten distinct values by value, else by the quartiles of its evaluation values. A
/// missing value forms the group <c>attribute=(missing)</c>, so no row is dropped silently.
/// </summary>
internal sealed class SensitiveGroups
{
    /// <summary>Groups with fewer rows are suppressed: their rates are neither published nor shown (small-cell protection).</summary>
    public const int MinRows = 10;

    private const int MaxNumericLevels = 10;

    private SensitiveGroups(IReadOnlyList<string> subjects, IReadOnlyList<int[]> members)
    {
        Subjects = subjects;
        Members = members;
    }

    /// <summary>No sensitive attributes: no groups.</summary>
    public static SensitiveGroups None { get; } = new([], []);

    /// <summary>Each group's subject, <c>attribute=value</c>.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The rows of each group, ascending: evaluation rows, or positions in the rows grouped.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>
    /// Groups the evaluation rows, or some of them, by each sensitive attribute present in the data. The groups are
    /// defined on all the data (levels, quartiles), so a sample's groups are the data's.
    /// </summary>
    /// <param name="data">The evaluation data.</param>
    /// <param name="attributes">The registered sensitive attributes.</param>
    /// <param name="rows">The rows grouped (ascending evaluation rows; members are then positions in this list), or <see langword="null"/> for all.</param>
    /// <returns>The groups, attribute by attribute.</returns>
    public static SensitiveGroups Of(TabularData data, IReadOnlyList<string> attributes, int[]? rows = null)
    {
        var subjects = new List<string>();
        var members = new List<int[]>();
        foreach (var attribute in attributes)
        {
            if (!data.TryGetColumn(attribute, out var column))
            {
                continue;
            }

            var (names, codes) = Code(column);
            for (var g = 0; g < names.Count; g++)
            {
                var group = rows is null
                    ? Enumerable.Range(0, codes.Length).Where(r => codes[r] == g).ToArray()
                    : Enumerable.Range(0, rows.Length).Where(i => codes[rows[i]] == g).ToArray();
                if (group.Length > 0)
                {
                    subjects.Add($"{attribute}={names[g]}");
                    members.Add(group);
                }
            }
        }

        return new SensitiveGroups(subjects, members);
    }

    /// <summary>
    /// The impact of one perturbation on each group, from per-row outcomes of the rows perturbed.
    /// </summary>
    /// <param name="rows">The evaluation rows perturbed (ascending).</param>
    /// <param name="flipped">Per perturbed row, whether its decision changed.</param>
    /// <param name="absChange">Per perturbed row, |score change| (NaN when not comparable).</param>
    /// <returns>One impact per group that has a perturbed row.</returns>
    public IReadOnlyList<GroupImpact> Impact(IReadOnlyList<int> rows, bool[] flipped, double[] absChange)
    {
        var position = new Dictionary<int, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            position[rows[i]] = i;
        }

        return Impact(r => position.TryGetValue(r, out var i) ? i : -1, flipped, absChange);
    }

    /// <summary>The impact of one perturbation of every grouped row on each group.</summary>
    /// <param name="flipped">Per grouped row, whether its decision changed.</param>
    /// <param name="absChange">Per grouped row, |score change| (NaN when not comparable).</param>
    /// <returns>One impact per group.</returns>
    public IReadOnlyList<GroupImpact> ImpactOfAll(bool[] flipped, double[] absChange) => Impact(r => r, flipped, absChange);

    private List<GroupImpact> Impact(Func<int, int> indexOf, bool[] flipped, double[] absChange)
    {
        var impacts = new List<GroupImpact>(Subjects.Count);
        for (var g = 0; g < Subjects.Count; g++)
        {
            var n = 0;
            var flips = 0;
            double sum = 0;
            var compared = 0;
            foreach (var r in Members[g])
            {
                var i = indexOf(r);
                if (i < 0)
                {
                    continue;
                }

                n++;
                flips += flipped[i] ? 1 : 0;
                if (!double.IsNaN(absChange[i]))
                {
                    sum += absChange[i];
                    compared++;
                }
            }

            if (n > 0)
            {
                impacts.Add(n < MinRows
                    ? new GroupImpact(Subjects[g], n, double.NaN, double.NaN)
                    : new GroupImpact(Subjects[g], n, flips / (double)n, compared == 0 ? double.NaN : sum / compared));
            }
        }

        return impacts;
    }

    private static (List<string> Names, int[] Codes) Code(DataColumn column)
    {
        var values = column.Values;
        var codes = new int[values.Length];
        List<string> names;
        if (column.Kind != ColumnKind.Numeric)
        {
            names = [.. column.Levels];
            for (var r = 0; r < values.Length; r++)
            {
                codes[r] = double.IsNaN(values[r]) ? -1 : (int)values[r];
            }
        }
        else
        {
            var distinct = new SortedSet<double>();
            foreach (var v in values)
            {
                if (!double.IsNaN(v))
                {
                    distinct.Add(v == 0 ? 0 : v);
                }
            }

            if (distinct.Count <= MaxNumericLevels)
            {
                double[] levels = [.. distinct];
                names = [.. levels.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];
                for (var r = 0; r < values.Length; r++)
                {
                    codes[r] = double.IsNaN(values[r]) ? -1 : Array.BinarySearch(levels, values[r] == 0 ? 0 : values[r]);
                }
            }
            else
            {
                // Quartile bins [q_i, q_{i+1}); the first is open below, the last closed above. Ties at an edge go up.
                double[] sorted = [.. distinct];
                var all = values.ToArray().Where(v => !double.IsNaN(v)).Order().ToArray();
                double[] edges = [.. new[] { 0.25, 0.5, 0.75 }.Select(q => Quantile.Linear(all, q)).Distinct()];
                names = [.. Enumerable.Range(0, edges.Length + 1).Select(i => BinName(edges, i, sorted[0], sorted[^1]))];
                for (var r = 0; r < values.Length; r++)
                {
                    var v = values[r];
                    codes[r] = double.IsNaN(v) ? -1 : edges.Count(e => v >= e);
                }
            }
        }

        if (column.MissingCount > 0)
        {
            for (var r = 0; r < codes.Length; r++)
            {
                codes[r] = codes[r] < 0 ? names.Count : codes[r];
            }

            names.Add("(missing)");
        }

        return (names, codes);
    }

    private static string BinName(double[] edges, int i, double min, double max)
    {
        static string T(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        var lower = i == 0 ? T(min) : T(edges[i - 1]);
        return i == edges.Length ? $"[{lower},{T(max)}]" : $"[{lower},{T(edges[i])})";
    }
}
