using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Reads the registered label as binary outcomes per row: 1 positive, 0 negative, <see cref="Missing"/> when the label is
/// missing. The positive value is the registration's positive class (by text, or by number for numeric and boolean
/// labels), else true for a boolean label, else a value written <c>true</c> or <c>1</c>, else the larger of two numbers
/// or the ordinally larger of two texts.
/// </summary>
internal static class BinaryLabel
{
    /// <summary>The outcome of a row whose label is missing.</summary>
    public const byte Missing = 255;

    /// <summary>Reads the outcomes, or returns <see langword="null"/> when there is no label with exactly two values.</summary>
    /// <param name="data">The evaluation data.</param>
    /// <param name="registration">The registration (label column and positive class).</param>
    /// <returns>One outcome per row, or <see langword="null"/>.</returns>
    public static byte[]? TryRead(TabularData data, RegistrationInfo registration)
    {
        if (registration.LabelColumn is not { } name || !data.TryGetColumn(name, out var column))
        {
            return null;
        }

        var values = column.Values;
        var distinct = new SortedSet<double>();
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                distinct.Add(v);
                if (distinct.Count > 2)
                {
                    return null;
                }
            }
        }

        if (distinct.Count != 2)
        {
            return null;
        }

        var candidates = distinct.ToArray();
        var positive = Positive(column, candidates, registration.PositiveClass);
        if (positive is null)
        {
            return null;
        }

        var outcomes = new byte[values.Length];
        for (var r = 0; r < values.Length; r++)
        {
            outcomes[r] = double.IsNaN(values[r]) ? Missing : values[r] == positive ? (byte)1 : (byte)0;
        }

        return outcomes;
    }

    private static double? Positive(DataColumn column, double[] candidates, string? positiveClass)
    {
        string Text(double v) => column.Kind == ColumnKind.Numeric ? v.ToString("R", CultureInfo.InvariantCulture) : column.Levels[(int)v];
        if (positiveClass is not null)
        {
            foreach (var c in candidates)
            {
                if (string.Equals(Text(c), positiveClass, StringComparison.Ordinal)
                    || (column.Kind != ColumnKind.Categorical && double.TryParse(positiveClass, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == c))
                {
                    return c;
                }
            }

            return null;
        }

        if (column.Kind == ColumnKind.Boolean)
        {
            return 1;
        }

        foreach (var c in candidates)
        {
            var text = Text(c);
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "1", StringComparison.Ordinal))
            {
                return c;
            }
        }

        return column.Kind == ColumnKind.Numeric || string.CompareOrdinal(Text(candidates[0]), Text(candidates[1])) < 0 ? candidates[1] : candidates[0];
    }
}
