using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The groups of one sensitive attribute (or an intersection of two) and the group of every evaluation row. Missing
/// values form their own group, <c>(missing)</c>, so no row is dropped silently.
/// </summary>
internal sealed class AttributeGroups
{
    /// <summary>The subject text of the missing-value group.</summary>
    public const string Missing = "(missing)";

    private AttributeGroups(string attribute, IReadOnlyList<string> subjects, int[] codes)
    {
        Attribute = attribute;
        Subjects = subjects;
        Codes = codes;
    }

    /// <summary>The attribute's name; an intersection is written <c>sex&amp;age</c>.</summary>
    public string Attribute { get; }

    /// <summary>Each group's subject, <c>attribute=value</c> (an intersection <c>sex=F&amp;age=[40,65)</c>).</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The group index of each evaluation row.</summary>
    public int[] Codes { get; }

    /// <summary>Groups one column.</summary>
    /// <param name="column">The sensitive attribute.</param>
    /// <param name="scheme">How numeric values are grouped.</param>
    /// <returns>The groups.</returns>
    public static AttributeGroups FromColumn(DataColumn column, GroupingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(column);
        var values = column.Values;
        var codes = new int[values.Length];
        List<string> names;
        if (column.Kind != ColumnKind.Numeric)
        {
            names = [.. column.Levels];
            if (column.Kind == ColumnKind.Boolean && names.Count < 2)
            {
                names = ["false", "true"];
            }

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
                if (!double.IsNaN(v) && distinct.Add(v == 0 ? 0 : v) && distinct.Count > scheme.MaxNumericLevels)
                {
                    break;
                }
            }

            if (distinct.Count <= scheme.MaxNumericLevels)
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
                var edges = scheme.NumericEdges;
                names = BinNames(edges);
                for (var r = 0; r < values.Length; r++)
                {
                    codes[r] = double.IsNaN(values[r]) ? -1 : Bin(edges, values[r]);
                }
            }
        }

        var subjects = names.Select(n => $"{column.Name}={n}").ToList();
        if (column.MissingCount > 0)
        {
            for (var r = 0; r < codes.Length; r++)
            {
                if (codes[r] < 0)
                {
                    codes[r] = subjects.Count;
                }
            }

            subjects.Add($"{column.Name}={Missing}");
        }

        return new AttributeGroups(column.Name, subjects, codes);
    }

    /// <summary>The intersection of two groupings: one group per pair of groups.</summary>
    /// <param name="first">The first attribute's groups.</param>
    /// <param name="second">The second attribute's groups.</param>
    /// <returns>The intersection.</returns>
    public static AttributeGroups Cross(AttributeGroups first, AttributeGroups second)
    {
        var width = second.Subjects.Count;
        var codes = new int[first.Codes.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = (first.Codes[r] * width) + second.Codes[r];
        }

        var subjects = new List<string>(first.Subjects.Count * width);
        foreach (var a in first.Subjects)
        {
            foreach (var b in second.Subjects)
            {
                subjects.Add($"{a}&{b}");
            }
        }

        return new AttributeGroups($"{first.Attribute}&{second.Attribute}", subjects, codes);
    }

    private static List<string> BinNames(IReadOnlyList<double> edges)
    {
        if (edges.Count == 0)
        {
            return ["all"];
        }

        var names = new List<string> { "<" + Text(edges[0]) };
        for (var i = 1; i < edges.Count; i++)
        {
            names.Add($"[{Text(edges[i - 1])},{Text(edges[i])})");
        }

        names.Add(">=" + Text(edges[^1]));
        return names;
    }

    private static int Bin(IReadOnlyList<double> edges, double value)
    {
        var bin = 0;
        while (bin < edges.Count && value >= edges[bin])
        {
            bin++;
        }

        return bin;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
