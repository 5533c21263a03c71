using System.Globalization;

namespace ExplainableAI.Sdk.Cohorts;

/// <summary>The one grouping policy of sensitive attributes (see <see cref="CohortSet.Build"/>).</summary>
internal static class CohortBuilder
{
    /// <summary>The value text of the missing-value group.</summary>
    public const string Missing = "(missing)";

    public static CohortSet Build(RegistrationInfo registration, TabularData evaluation, int minGroupSize)
    {
        var attributes = registration.SensitiveAttributes
            .Where(a => evaluation.TryGetColumn(a, out _)
                && !string.Equals(a, registration.LabelColumn, StringComparison.Ordinal)
                && !string.Equals(a, registration.ScoreColumn, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var single = attributes
            .Select(a => Group(evaluation[a], registration.CohortBands.TryGetValue(a, out var bands) ? bands : null))
            .ToList();
        var intersections = new List<(string Name, string[] Attributes, List<string> Subjects, int[] Codes, bool[] Missing)>();
        for (var i = 0; i < single.Count; i++)
        {
            for (var j = i + 1; j < single.Count; j++)
            {
                intersections.Add(Cross(single[i], single[j]));
            }
        }

        return new CohortSet(
            [.. single.Select(s => Grouping(s.Name, [s.Name], s.Subjects, s.Codes, s.Missing, minGroupSize))],
            [.. intersections.Select(s => Grouping(s.Name, s.Attributes, s.Subjects, s.Codes, s.Missing, minGroupSize))],
            minGroupSize);
    }

    private static CohortGrouping Grouping(string name, string[] attributes, List<string> subjects, int[] codes, bool[] missing, int minGroupSize)
    {
        var counts = new int[subjects.Count];
        foreach (var code in codes)
        {
            counts[code]++;
        }

        return new CohortGrouping(name, attributes, [.. subjects.Select((s, g) => new Cohort(s, counts[g], counts[g] < minGroupSize, missing[g]))], codes);
    }

    private static (string Name, List<string> Subjects, int[] Codes, bool[] Missing) Group(DataColumn column, IReadOnlyList<double>? declaredBands)
    {
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
            // −0 and 0 are one value.
            var distinct = new SortedSet<double>();
            foreach (var v in values)
            {
                if (!double.IsNaN(v) && distinct.Add(v == 0 ? 0 : v) && distinct.Count > CohortSet.MaxNumericLevels)
                {
                    break;
                }
            }

            if (declaredBands is null && distinct.Count <= CohortSet.MaxNumericLevels)
            {
                double[] levels = [.. distinct];
                names = [.. levels.Select(Text)];
                for (var r = 0; r < values.Length; r++)
                {
                    codes[r] = double.IsNaN(values[r]) ? -1 : Array.BinarySearch(levels, values[r] == 0 ? 0 : values[r]);
                }
            }
            else
            {
                var edges = declaredBands ?? CohortSet.DefaultBands;
                names = BandNames(edges);
                for (var r = 0; r < values.Length; r++)
                {
                    codes[r] = double.IsNaN(values[r]) ? -1 : Band(edges, values[r]);
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

        var missing = new bool[subjects.Count];
        if (column.MissingCount > 0)
        {
            missing[^1] = true;
        }

        return (column.Name, subjects, codes, missing);
    }

    private static (string Name, string[] Attributes, List<string> Subjects, int[] Codes, bool[] Missing) Cross(
        (string Name, List<string> Subjects, int[] Codes, bool[] Missing) first, (string Name, List<string> Subjects, int[] Codes, bool[] Missing) second)
    {
        var width = second.Subjects.Count;
        var codes = new int[first.Codes.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = (first.Codes[r] * width) + second.Codes[r];
        }

        var subjects = new List<string>(first.Subjects.Count * width);
        var missing = new List<bool>(first.Subjects.Count * width);
        for (var a = 0; a < first.Subjects.Count; a++)
        {
            for (var b = 0; b < width; b++)
            {
                subjects.Add($"{first.Subjects[a]}&{second.Subjects[b]}");
                missing.Add(first.Missing[a] || second.Missing[b]);
            }
        }

        return ($"{first.Name}&{second.Name}", [first.Name, second.Name], subjects, codes, [.. missing]);
    }

    private static List<string> BandNames(IReadOnlyList<double> edges)
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

    private static int Band(IReadOnlyList<double> edges, double value)
    {
        var band = 0;
        while (band < edges.Count && value >= edges[band])
        {
            band++;
        }

        return band;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
